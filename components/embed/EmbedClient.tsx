"use client";
import { useEffect, useRef, type ReactNode } from "react";
import { HEIGHT_MESSAGE } from "@/lib/embed";

/**
 * Tells the embedding page how tall the calculator is, whenever that changes and whenever
 * embed.js asks (it may load after the first message was sent). Height is not a secret, so the
 * message goes to any parent; embed.js accepts it only from our origin.
 */
export function HeightReporter({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (window.parent === window || !ref.current) return;
    const el = ref.current;
    const send = () =>
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height: Math.ceil(el.getBoundingClientRect().height) }, "*");
    const observer = new ResizeObserver(send);
    observer.observe(el);
    const onMessage = (e: MessageEvent) => {
      if (e.source === window.parent && e.data?.type === `${HEIGHT_MESSAGE}?`) send();
    };
    window.addEventListener("message", onMessage);
    send();
    return () => {
      observer.disconnect();
      window.removeEventListener("message", onMessage);
    };
  }, []);
  return (
    <div ref={ref} data-testid="embed-root">
      {children}
    </div>
  );
}
