"use client";
/**
 * The full calculator under the article (every chart and assumption). It needs the reader's
 * browser (the map is drawn on a canvas, the panels are all interactive), so it is loaded with
 * next/dynamic and rendered there once the page is live; until then a box of its size holds its
 * place, so nothing below it moves.
 */
import dynamic from "next/dynamic";

const PLACE = 2400;
const Calculator = dynamic(() => import("@/components/calculator/Calculator").then((m) => m.Calculator), {
  ssr: false,
  loading: () => <div style={{ minHeight: PLACE }} aria-hidden />,
});

export function FullCalculator() {
  return <Calculator primaryElsewhere id="calculator-panels" />;
}
