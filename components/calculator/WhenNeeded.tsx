"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";

const INTERACTIONS = ["scroll", "pointerdown", "touchstart", "hashchange"] as const;

/**
 * Renders its children once they are needed: when their place comes within a screen of the
 * viewport, or at the reader's first scroll, touch or Tab, whichever is first. Other keys do not
 * count: arrow keys on the answer's sliders would otherwise mount the whole calculator, and redraw
 * it on every press, while the reader is moving them. Until then a box of `minHeight` holds the
 * place, so nothing below it moves. For parts of a page far below the fold (the full calculator
 * under the article): their code and their work stay out of the page's first seconds, which belong
 * to the answer at the top.
 */
export function WhenNeeded({ children, minHeight }: { children: ReactNode; minHeight: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const [needed, setNeeded] = useState(false);
  useEffect(() => {
    if (needed) return;
    // A link straight to this part of the page (#calculator) needs it at once.
    const target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
    if (target && ref.current && target.contains(ref.current)) {
      setNeeded(true);
      return;
    }
    const show = () => setNeeded(true);
    const onKey = (e: KeyboardEvent) => e.key === "Tab" && show();
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
      rootMargin: "100% 0px",
    });
    if (ref.current) observer.observe(ref.current);
    for (const type of INTERACTIONS) window.addEventListener(type, show, { once: true, passive: true });
    window.addEventListener("keydown", onKey, { passive: true });
    return () => {
      observer.disconnect();
      for (const type of INTERACTIONS) window.removeEventListener(type, show);
      window.removeEventListener("keydown", onKey);
    };
  }, [needed]);
  return needed ? <>{children}</> : <div ref={ref} style={{ minHeight }} data-testid="when-needed" aria-hidden />;
}
