"use client";
import { formatHours, formatMoney, formatMonths, formatMs, formatPlain, formatUnitPrice } from "@/lib/format";
import type { Lang } from "@/lib/i18n-text";
import { ALL_APPROACHES, type Range } from "@/lib/model";
import { SERIES_VAR } from "@/lib/palette";
import { useCalculator, useDerived } from "./store";
import { useStrings } from "@/components/i18n/context";
import { format } from "@/lib/i18n/format";

const msRange = (r: Range, lang: Lang) => `${formatMs(r.low, lang)}–${formatMs(r.high, lang)}`;

export function ResultsTable() {
  const t = useStrings();
  const lang = t.lang;
  const scenario = useCalculator((s) => s.scenario);
  const { estimate, verdict } = useDerived();
  const money = (usd: number) => formatMoney(usd, scenario, lang);
  // Every approach that exists: v3 adds long context where the base fits its window (never as a zero).
  const shown = ALL_APPROACHES.filter((a) => estimate.approaches[a] !== undefined);
  const lc = estimate.longContext?.feasible ? estimate.longContext : null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-xs @sm:text-sm" data-testid="results-table">
        <caption className="sr-only">{t.results.heading}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-500 dark:border-slate-700 dark:text-slate-400">
            <th scope="col" className="py-2 pr-2 font-medium">
              {t.results.approach}
            </th>
            <th scope="col" className="px-1 py-2 text-right font-medium @sm:px-2">
              {t.results.upfront}
            </th>
            <th scope="col" className="px-1 py-2 text-right font-medium @sm:px-2">
              {t.results.monthly}
            </th>
            <th scope="col" className="py-2 pl-1 text-right font-medium @sm:pl-2">
              {format(t.results.total, { horizon: formatMonths(scenario.horizonMonths, lang) })}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((a) => {
            const r = estimate.approaches[a]!;
            return (
              <tr key={a} className="border-b border-slate-100 dark:border-slate-800" data-testid={`row-${a}`}>
                <th scope="row" className="py-2 pr-1 text-left font-medium @sm:pr-2">
                  <span className="mr-1.5 inline-block size-2.5 rounded-full" style={{ background: SERIES_VAR[a] }} aria-hidden />
                  {t.approach[a]}
                  {verdict.cheapest === a ? (
                    <span className="ml-1 inline-block rounded bg-emerald-100 px-1 text-[0.65rem] leading-4 font-semibold whitespace-nowrap text-emerald-800 dark:bg-emerald-900 dark:text-emerald-200">
                      {t.results.cheapest}
                    </span>
                  ) : null}
                </th>
                <td className="px-1 py-2 text-right tabular-nums @sm:px-2">{money(r.upfront)}</td>
                <td className="px-1 py-2 text-right tabular-nums @sm:px-2">{money(r.monthly)}</td>
                <td className="py-2 pl-1 text-right font-semibold tabular-nums @sm:pl-2" data-testid={`total-${a}`}>
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
          {shown.map((a) => `${t.approach[a]} ${formatUnitPrice(estimate.approaches[a]!.perQuery, scenario, lang)}`).join(" · ")}
        </dd>
        {lc && estimate.approaches.lc ? (
          <>
            <dt>{t.approach.lc}</dt>
            <dd data-testid="lc-details">
              <span className="tabular-nums">
                {format(t.lc.latency, {
                  cached: msRange(lc.latencyCachedMs, lang),
                  uncached: msRange(lc.latencyUncachedMs, lang),
                })}
              </span>{" "}
              ({t.lc.latencyNote}){/* Without updates nothing goes stale. */}
              {scenario.updatesPerMonth > 0
                ? `${lang === "zh" ? "；" : "; "}${format(t.lc.staleness, { time: formatHours(estimate.approaches.lc.stalenessHours, lang) })}`
                : null}
              {lang === "zh" ? "。" : "."}
            </dd>
          </>
        ) : null}
        {estimate.fineTune.retrainsPerMonth > 0 ? (
          <>
            <dt>{t.categories.retraining}</dt>
            <dd className="tabular-nums">
              {format(t.results.retrain, {
                cost: money(estimate.fineTune.retrainCost),
                perMonth: formatPlain(Math.round(estimate.fineTune.retrainsPerMonth * 1000) / 1000, lang),
              })}
            </dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
