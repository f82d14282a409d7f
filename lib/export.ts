/** The numbers a reader can download: the monthly series as CSV, the whole estimate as JSON. */
import { estimateJson } from "./api";
import { convert } from "./format";
import { estimate } from "./model";
import type { Scenario } from "./scenario";

const cell = (n: number) => (Math.round(n * 100) / 100).toFixed(2);

/** Month by month cumulative cost of each approach, in USD and, when shown in CNY, in CNY too. */
export function seriesCsv(scenario: Scenario): string {
  const e = estimate(scenario);
  const cny = scenario.currency === "CNY";
  const header = ["month", "rag_usd", "ft_usd", "hybrid_usd", ...(cny ? ["rag_cny", "ft_cny", "hybrid_cny"] : [])];
  const rows = e.series.map((p) => [
    String(p.month),
    cell(p.rag),
    cell(p.ft),
    cell(p.hybrid),
    ...(cny ? [cell(convert(p.rag, scenario)), cell(convert(p.ft, scenario)), cell(convert(p.hybrid, scenario))] : []),
  ]);
  return `${[header, ...rows].map((r) => r.join(",")).join("\n")}\n`;
}

export function estimateJsonText(scenario: Scenario): string {
  return `${JSON.stringify(estimateJson(scenario, []), null, 2)}\n`;
}
