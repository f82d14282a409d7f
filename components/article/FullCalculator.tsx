"use client";
/**
 * The full calculator under the article (every chart and assumption). It needs the reader's
 * browser (the map is drawn on a canvas, the panels are all interactive), so it is loaded with
 * React.lazy, in the browser only, and it is rendered once its place comes within a screen of the viewport (or the
 * address points into it): drawing it during the page's first seconds would hold up the answer at
 * the top, which is where a reader's first taps go. Until then a box of its size holds its place,
 * so nothing below it moves.
 */
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { withEngine } from "@/components/calculator/engine";

const PLACE = 2400;
const Placeholder = () => <div style={{ minHeight: PLACE }} aria-hidden data-testid="calculator-placeholder" />;
const Calculator = lazy(withEngine(() => import("@/components/calculator/Calculator").then((m) => ({ default: m.Calculator }))));

export function FullCalculator() {
  const place = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = place.current;
    if (near || !el) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: "100% 0px",
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [near]);
  return near ? (
    <Suspense fallback={<Placeholder />}>
      <Calculator primaryElsewhere id="calculator-panels" />
    </Suspense>
  ) : (
    <div ref={place}>
      <Placeholder />
    </div>
  );
}
