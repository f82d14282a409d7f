"use client";
/**
 * The article's figures as islands that hydrate when they come near the viewport. The server renders
 * each figure in full (readers without JavaScript, and search engines, get it); in the browser the
 * server's HTML is kept as it is, untouched by hydration, until the figure is within a screen of the
 * viewport, and only then is its code fetched and run. They sit far below the answer at the top, so
 * their code and work stay out of the page's first seconds.
 */
import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type ComponentType } from "react";

const FIGURES = {
  latency: dynamic(() => import("./figures").then((m) => m.LatencyFigure)),
  costCurves: dynamic(() => import("./figures").then((m) => m.CostCurvesFigure)),
  quiz: dynamic(() => import("./figures").then((m) => m.DecisionQuiz)),
} satisfies Record<string, ComponentType>;

export type FigureName = keyof typeof FIGURES;

function Island({ name }: { name: FigureName }) {
  const ref = useRef<HTMLDivElement>(null);
  const [awake, setAwake] = useState(false);
  useEffect(() => {
    if (awake || !ref.current) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setAwake(true), {
      rootMargin: "100% 0px",
    });
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [awake]);
  const Figure = FIGURES[name];
  if (typeof window === "undefined" || awake) {
    return (
      <div ref={ref} data-island={name} data-awake={awake || undefined}>
        <Figure />
      </div>
    );
  }
  // Hydration: keep the server's HTML of the figure as it is (React leaves an element's inner HTML
  // alone when it is given as dangerouslySetInnerHTML) until the figure is needed.
  return <div ref={ref} data-island={name} dangerouslySetInnerHTML={{ __html: "" }} suppressHydrationWarning />;
}

export const LatencyFigure = () => <Island name="latency" />;
export const CostCurvesFigure = () => <Island name="costCurves" />;
export const DecisionQuiz = () => <Island name="quiz" />;
