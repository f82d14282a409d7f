"use client";
import { useStrings } from "@/components/i18n/context";
import { formatCorpus, formatMoney, formatMonths, formatQueries, formatUpdates } from "@/lib/format";
import { APPROACHES } from "@/lib/model";
import type { Scenario } from "@/lib/scenario";
import { derive, useCalculator } from "./store";
import { verdictShort } from "@/lib/i18n/text";

const button =
  "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:border-sky-500 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-900";

/** Pin a scenario, change the inputs, and see both side by side; the link carries both. */
export function ComparePanel() {
  const t = useStrings();
  const lang = t.lang;
  const scenario = useCalculator((s) => s.scenario);
  const pinned = useCalculator((s) => s.pinned);
  const pin = useCalculator((s) => s.pin);
  const unpin = useCalculator((s) => s.unpin);
  const describe = (s: Scenario) =>
    `${formatQueries(s.queriesPerDay, lang)} · ${formatUpdates(s.updatesPerMonth, lang)} · ${formatCorpus(s.corpusTokens, lang)} · ${formatMonths(s.horizonMonths, lang)}`;
  return (
    <section
      className="grid gap-2 rounded-xl border border-slate-200 p-3 print:hidden dark:border-slate-800"
      data-testid="compare"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-sm font-semibold">{t.compare.heading}</h3>
        {pinned ? (
          <button type="button" className={button} onClick={unpin} data-testid="unpin">
            {t.compare.unpin}
          </button>
        ) : (
          <button type="button" className={button} onClick={pin} data-testid="pin">
            {t.compare.pin}
          </button>
        )}
      </div>
      {!pinned ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">{t.compare.help}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-xs tabular-nums" data-testid="compare-table">
            <thead>
              <tr className="text-left text-slate-500 dark:text-slate-400">
                <th scope="col" className="py-1 pr-2 font-medium" />
                <th scope="col" className="px-1 py-1 text-right font-medium">
                  {t.compare.pinned}
                </th>
                <th scope="col" className="px-1 py-1 text-right font-medium">
                  {t.compare.current}
                </th>
                <th scope="col" className="py-1 pl-1 text-right font-medium">
                  {t.compare.difference}
                </th>
              </tr>
            </thead>
            <tbody>
              {APPROACHES.map((a) => {
                const before = derive(pinned).estimate.approaches[a].total;
                const now = derive(scenario).estimate.approaches[a].total;
                return (
                  <tr key={a} className="border-t border-slate-100 dark:border-slate-800">
                    <th scope="row" className="py-1 pr-2 text-left font-medium">
                      {t.approach[a]}
                    </th>
                    <td className="px-1 py-1 text-right">{formatMoney(before, pinned, lang)}</td>
                    <td className="px-1 py-1 text-right">{formatMoney(now, scenario, lang)}</td>
                    <td className="py-1 pl-1 text-right">
                      {now - before > 0 ? "+" : ""}
                      {formatMoney(now - before, scenario, lang)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <dl className="mt-2 grid gap-1 text-xs">
            {(
              [
                [t.compare.pinned, pinned],
                [t.compare.current, scenario],
              ] as const
            ).map(([label, s]) => (
              <div key={label}>
                <dt className="font-medium">
                  {label} <span className="font-normal text-slate-500 dark:text-slate-400">· {describe(s)}</span>
                </dt>
                <dd data-testid={s === pinned ? "compare-verdict-a" : "compare-verdict-b"}>
                  {verdictShort(t, derive(s).verdict, s.horizonMonths, s)}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </section>
  );
}
