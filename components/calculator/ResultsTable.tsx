"use client";
import { useId } from "react";
import { ARTICLE_LATENCY_MS } from "@/lib/assumptions";
import { formatHours, formatMoney, formatMs, formatPlain, formatUnitPrice } from "@/lib/format";
import { APPROACHES } from "@/lib/model";
import { useCalculator, useDerived } from "./store";
import { useStrings } from "./strings";

export const APPROACH_COLOURS = { rag: "#0284c7", ft: "#ea580c", hybrid: "#7c3aed" } as const;

export function ResultsTable() {
  const t = useStrings();
  const lang = t.lang;
  const scenario = useCalculator((s) => s.scenario);
  const { estimate, verdict } = useDerived();
  const money = (usd: number) => formatMoney(usd, scenario, lang);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[20rem] border-collapse text-sm" data-testid="results-table">
        <caption className="sr-only">{t.results.heading}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-500 dark:border-slate-700 dark:text-slate-400">
            <th scope="col" className="py-2 pr-2 font-medium">
              {t.results.approach}
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              {t.results.upfront}
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              {t.results.monthly}
            </th>
            <th scope="col" className="py-2 pl-2 text-right font-medium">
              {t.results.total(scenario.horizonMonths)}
            </th>
          </tr>
        </thead>
        <tbody>
          {APPROACHES.map((a) => {
            const r = estimate.approaches[a];
            return (
              <tr key={a} className="border-b border-slate-100 dark:border-slate-800" data-testid={`row-${a}`}>
                <th scope="row" className="py-2 pr-2 text-left font-medium">
                  <span className="mr-1.5 inline-block size-2.5 rounded-full" style={{ background: APPROACH_COLOURS[a] }} aria-hidden />
                  {t.approach[a]}
                  {verdict.cheapest === a ? (
                    <span className="ml-1.5 rounded bg-emerald-100 px-1 text-[0.7rem] font-semibold text-emerald-800 dark:bg-emerald-900 dark:text-emerald-200">
                      {t.results.cheapest}
                    </span>
                  ) : null}
                </th>
                <td className="px-2 py-2 text-right tabular-nums">{money(r.upfront)}</td>
                <td className="px-2 py-2 text-right tabular-nums">{money(r.monthly)}</td>
                <td className="py-2 pl-2 text-right font-semibold tabular-nums" data-testid={`total-${a}`}>
                  {money(r.total)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        <dt>{t.results.perQuery}</dt>
        <dd className="tabular-nums">
          {APPROACHES.map((a) => `${t.approach[a]} ${formatUnitPrice(estimate.approaches[a].perQuery, scenario, lang)}`).join(" · ")}
        </dd>
        {estimate.fineTune.retrainsPerMonth > 0 ? (
          <>
            <dt>{t.categories.retraining}</dt>
            <dd className="tabular-nums">
              {t.results.retrain(money(estimate.fineTune.retrainCost), formatPlain(Math.round(estimate.fineTune.retrainsPerMonth * 1000) / 1000, lang))}
            </dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}

/** Our latency estimate for the scenario beside the article's quoted typical ranges. */
export function LatencyPanel() {
  const t = useStrings();
  const lang = t.lang;
  const headingId = useId();
  const { estimate } = useDerived();
  const ours = [
    { key: "ft", label: t.approach.ft, range: estimate.approaches.ft.latencyMs },
    { key: "rag", label: `${t.approach.rag} / ${t.approach.hybrid}`, range: estimate.approaches.rag.latencyMs },
  ] as const;
  const article = [
    { key: "ft", label: t.approach.ft, range: ARTICLE_LATENCY_MS.ft },
    { key: "rag", label: t.approach.rag, range: ARTICLE_LATENCY_MS.rag },
  ] as const;
  const scaleMax = Math.max(1000, ...ours.map((o) => o.range.high));
  const rows = [
    ...ours.map((o) => ({ ...o, id: `ours-${o.key}`, source: t.charts.latencyOurs, dashed: false })),
    ...article.map((o) => ({ ...o, id: `article-${o.key}`, source: t.charts.latencyArticle, dashed: true })),
  ];
  return (
    <section aria-labelledby={headingId} data-testid="latency">
      <h3 id={headingId} className="text-sm font-semibold">
        {t.charts.latency}
      </h3>
      <ul className="mt-2 grid gap-2 text-xs">
        {rows.map((o) => (
          <li key={o.id} className="grid gap-1">
            <span className="flex justify-between gap-2">
              <span>
                {o.label} <span className="text-slate-500 dark:text-slate-400">· {o.source}</span>
              </span>
              <span className="shrink-0 tabular-nums" data-testid={`latency-${o.id}`}>
                {formatMs(o.range.low, lang)} – {formatMs(o.range.high, lang)}
              </span>
            </span>
            <div className="relative h-3 rounded bg-slate-100 dark:bg-slate-800" aria-hidden>
              <div
                className={`absolute inset-y-0 rounded ${o.dashed ? "border-2 border-dashed" : ""}`}
                style={{
                  left: `${(o.range.low / scaleMax) * 100}%`,
                  width: `${Math.max(1, ((o.range.high - o.range.low) / scaleMax) * 100)}%`,
                  background: o.dashed ? "transparent" : APPROACH_COLOURS[o.key],
                  borderColor: APPROACH_COLOURS[o.key],
                }}
              />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** How long until a change in the knowledge shows in answers, per approach. */
export function StalenessPanel() {
  const t = useStrings();
  const headingId = useId();
  const { estimate } = useDerived();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="text-sm font-semibold">
        {t.charts.staleness}
      </h3>
      <p className="text-xs text-slate-500 dark:text-slate-400">{t.results.stalenessHelp}</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {APPROACHES.map((a) => (
          <div key={a} className="contents">
            <dt>{t.approach[a]}</dt>
            <dd className="text-right tabular-nums" data-testid={`staleness-${a}`}>
              {formatHours(estimate.approaches[a].stalenessHours, t.lang)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
