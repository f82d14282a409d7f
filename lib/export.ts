/**
 * The files a reader can download, each standing alone: the chart (SVG, and PNG drawn from the same
 * SVG) with its title, legend, scenario, currency, prices date, source and link; the monthly series
 * as CSV and the whole estimate as JSON, both carrying the permalink and the model version.
 */
import { chartOfEstimate } from "./chart-spec";
import { standaloneSvg } from "./chart-svg";
import { convert, formatCorpus, formatMonths, formatQueries, formatUpdates, formatMoney } from "./format";
import { STRINGS } from "./i18n";
import { format } from "./i18n/format";
import { exportCurrency, exportDescription } from "./i18n/text";
import type { Lang } from "./i18n-text";
import { perCorrectNote, perCorrectView } from "./accuracy";
import { ALL_APPROACHES, estimate, type Estimate } from "./model";
import { PALETTE } from "./palette";
import { priceSet } from "./price-sets";
import { serialiseScenario, type Scenario } from "./scenario";
import { TASKS } from "./task-evidence";

const cell = (n: number) => (Math.round(n * 100) / 100).toFixed(2);

export const FILE_BASE = "rag-or-fine-tuning";

/** The date the scenario's price set was checked. */
export function pricesAsOf(scenario: Scenario): string {
  return priceSet(scenario.pricing)?.asOf ?? "";
}

/**
 * A file name that names the scenario by its non-default values, in the query string's short names:
 * `rag-or-fine-tuning-q100000-unever.svg`; `rag-or-fine-tuning.svg` at the defaults.
 */
export function exportFileName(scenario: Scenario, ext: string): string {
  const parts: string[] = [];
  for (const [k, v] of new URLSearchParams(serialiseScenario(scenario))) {
    if (k === "v") continue;
    parts.push(`${k}${v}`.toLowerCase().replace(/[^a-z0-9.]+/g, ""));
  }
  let name = [FILE_BASE, ...parts].join("-");
  if (name.length > 120) name = name.slice(0, 120).replace(/-[^-]*$/, "");
  return `${name}.${ext}`;
}

/** Month by month cumulative cost of each approach, in USD and, when shown in CNY, in CNY too; a "#" header block says what it is. */
export function seriesCsv(scenario: Scenario, permalink: string): string {
  const e = estimate(scenario);
  const cny = scenario.currency === "CNY";
  // v3: long context's column where it is feasible, and cost per correct answer in the header block.
  const lc = e.approaches.lc !== undefined;
  const meta = [
    `# ${STRINGS.en.siteName} — cumulative cost by month`,
    `# permalink: ${permalink}`,
    `# model version: ${scenario.version}`,
    `# prices as of: ${pricesAsOf(scenario)}`,
    ...(cny ? [`# CNY per USD: ${scenario.fxRate}`] : []),
    ...(scenario.version >= 3 ? v3Meta(scenario, e) : []),
  ];
  const names = lc ? ["rag", "ft", "hybrid", "lc"] : ["rag", "ft", "hybrid"];
  const header = ["month", ...names.map((n) => `${n}_usd`), ...(cny ? names.map((n) => `${n}_cny`) : [])];
  const rows = e.series.map((p) => {
    const values = lc ? [p.rag, p.ft, p.hybrid, p.lc!] : [p.rag, p.ft, p.hybrid];
    return [String(p.month), ...values.map(cell), ...(cny ? values.map((v) => cell(convert(v, scenario))) : [])];
  });
  return `${[...meta, ...[header, ...rows].map((r) => r.join(","))].join("\n")}\n`;
}

/** v3's header lines: whether long context fits, and each approach's cost per correct answer (USD). */
function v3Meta(scenario: Scenario, e: Estimate): string[] {
  const lc = e.longContext!;
  const view = perCorrectView(scenario, e, TASKS);
  const fit = lc.feasible
    ? `# long context: fits (${lc.neededTokens} of ${lc.contextWindow} tokens)`
    : `# long context: does not fit${lc.ratio === null ? "" : ` (knowledge base ${Math.round(lc.ratio * 100) / 100}x too large)`}; largest base that fits: ${lc.maxCorpusTokens} tokens`;
  const perCorrect = ALL_APPROACHES.map((a) => {
    const v = view.approaches[a];
    return `${a} ${v.perCorrect ? `${v.perCorrect.low.toPrecision(4)}–${v.perCorrect.high.toPrecision(4)}` : (v.reason ?? "not set")}`;
  }).join("; ");
  return [fit, `# cost per correct answer, all-in (USD): ${perCorrect}`, `# verdict: ${perCorrectNote(view).en}`];
}

/**
 * The JSON download: the API's answer for the scenario (`/api/v1/estimate`, fetched by the page, so
 * the browser does not carry the API's code), headed by the permalink, the model version and the
 * prices' date.
 */
export function estimateJsonDocument(scenario: Scenario, permalink: string, apiAnswer: unknown): string {
  const body = { permalink, modelVersion: scenario.version, pricesAsOf: pricesAsOf(scenario), ...(apiAnswer as object) };
  return `${JSON.stringify(body, null, 2)}\n`;
}

const EXPORT_FONTS =
  'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif';

export interface ChartExportInput {
  scenario: Scenario;
  pinned?: Scenario | null;
  lang: Lang;
  permalink: string;
}

/** The cumulative chart as a standalone SVG file (light colours, hex only). */
export function chartSvgFile({ scenario, pinned = null, lang, permalink }: ChartExportInput): string {
  const t = STRINGS[lang];
  const p = PALETTE.light;
  const e = estimate(scenario);
  const chart = chartOfEstimate({
    estimate: e,
    money: scenario,
    horizonMonths: scenario.horizonMonths,
    pinned: pinned ? { estimate: estimate(pinned), horizonMonths: pinned.horizonMonths } : null,
    words: t,
    colours: p.series,
  });
  const colon = lang === "zh" ? "：" : ": ";
  const scenarioParts = [
    `${t.og.queries}${colon}${formatQueries(scenario.queriesPerDay, lang)}`,
    `${t.og.updates}${colon}${formatUpdates(scenario.updatesPerMonth, lang)}`,
    `${t.og.corpus}${colon}${formatCorpus(scenario.corpusTokens, lang)}`,
    `${t.og.horizon}${colon}${formatMonths(scenario.horizonMonths, lang)}`,
  ];
  const scenarioLine = scenarioParts.join(" · ");
  // Every approach that exists (v3: long context where it fits).
  const totals = ALL_APPROACHES.filter((a) => e.approaches[a] !== undefined)
    .map((a) => `${t.approach[a]} ${formatMoney(e.approaches[a]!.total, scenario, lang)}`)
    .join(", ");
  const footer = [
    `${exportCurrency(t, scenario.currency, scenario.fxRate)} · ${format(t.exports.pricesAsOf, { date: pricesAsOf(scenario) })} · ${format(t.exports.modelVersion, { version: scenario.version })}`,
    `${t.siteName} · ${t.article.credit}${lang === "zh" ? "，" : ", "}${t.article.licence}`,
    permalink,
  ];
  return standaloneSvg(chart, p, {
    title: `${t.siteName} · ${t.charts.cumulative}`,
    scenario: scenarioParts,
    footer,
    description: exportDescription(t, scenarioLine, totals, formatMonths(scenario.horizonMonths, lang), {
      withLc: e.approaches.lc !== undefined,
      lcMissing: e.longContext && !e.longContext.feasible ? e.longContext : null,
    }),
    fontFamily: EXPORT_FONTS,
  });
}
