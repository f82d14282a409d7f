"use client";
/**
 * The full calculator under the article (every chart and assumption), fetched and rendered when its
 * place nears the viewport or at the reader's first scroll, touch or Tab (WhenNeeded). Its code
 * is not part of the page's first load: the answer at the top carries the three main sliders.
 */
import dynamic from "next/dynamic";
import { WhenNeeded } from "@/components/calculator/WhenNeeded";

const PLACE = 2400;
const Calculator = dynamic(() => import("@/components/calculator/Calculator").then((m) => m.Calculator), {
  ssr: false,
  loading: () => <div style={{ minHeight: PLACE }} />,
});

export function FullCalculator() {
  return (
    <WhenNeeded minHeight={PLACE}>
      <Calculator primaryElsewhere id="calculator-panels" />
    </WhenNeeded>
  );
}
