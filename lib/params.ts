/**
 * The scenario's query names and number reading that the page's first-load code needs (the form's
 * fields, the currency control, the URL's page options), apart from the codec (scenario.ts) so that
 * the codec, the model and the price sets load after the page has become interactive.
 */
import { ALL_APPROACHES, type AnyApproach } from "./approaches";

export type Currency = "USD" | "CNY";

/** CNY per USD: the ECB reference rates of 2026-05-08 give EUR/CNY 7.9989 ÷ EUR/USD 1.1761 ≈ 6.80. */
export const DEFAULT_FX = {
  value: 6.8,
  min: 0.01,
  max: 1_000,
  source: {
    url: "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html",
    asOf: "2026-05-08",
  },
} as const;

/** Query names that are options of the page showing a scenario (the embed's), kept beside it in URLs. */
export const PAGE_OPTION_PARAMS: readonly string[] = ["lang", "theme", "panels"];

/** Query names of the accuracies a reader types (v3): acc_rag, acc_ft, acc_hybrid, acc_lc. */
export const ACCURACY_PARAMS: Readonly<Record<AnyApproach, string>> = Object.fromEntries(
  ALL_APPROACHES.map((a) => [a, `acc_${a}`]),
) as Record<AnyApproach, string>;

/** Query name of the task kind (v3). */
export const TASK_PARAM = "task";

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const THOUSANDS = /^[+-]?\d{1,3}(?:[,_]\d{3})+(?:\.\d*)?$/;

/** A plain decimal or exponent number, or NaN. Tolerates "2e 7" (a "+" decoded to a space) and "5,000". */
export function parseNumber(raw: string): number {
  let s = raw.trim().replace(/e (\d)/i, "e+$1");
  if (THOUSANDS.test(s)) s = s.replace(/[,_]/g, "");
  return NUMBER.test(s) ? Number(s) : NaN;
}
