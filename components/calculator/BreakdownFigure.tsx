"use client";
import { useStrings } from "@/components/i18n/context";
import { formatMoney, formatMoneyCompact } from "@/lib/format";
import { ALL_APPROACHES, COST_CATEGORIES } from "@/lib/model";
import { CSS_VAR, cssVar, SERIES_VAR } from "@/lib/palette";
import { fraction } from "@/lib/chart-spec";
import { moneyAxis, moneyTickLabel } from "@/lib/ticks";
import { ApproachTable, figure } from "./Charts";
import { useDerived, useScenario } from "./store";

const UPFRONT = cssVar(CSS_VAR.upfront);
const ONGOING = cssVar(CSS_VAR.ongoing);
const pct = (f: number) => `${(f * 100).toFixed(2)}%`;

/**
 * Upfront against ongoing cost per approach as stacked bars on a round money axis, drawn in plain
 * SVG and HTML (it needs no script, so it is in the first HTML), with the breakdown as a table.
 */
export function BreakdownFigure() {
  const t = useStrings();
  const lang = t.lang;
  const scenario = useScenario();
  const { estimate } = useDerived();
  // Every approach that exists (v3: long context where it fits).
  const shown = ALL_APPROACHES.filter((a) => estimate.approaches[a] !== undefined);
  const max = Math.max(...shown.map((a) => estimate.approaches[a]!.total));
  const axis = moneyAxis(max, scenario);
  const rate = scenario.currency === "CNY" ? scenario.fxRate : 1;
  const at = (usd: number) => fraction(axis, usd * rate);
  return (
    <figure className={figure} data-testid="breakdown-figure">
      <figcaption className="mb-1">
        <span className="text-sm font-semibold">{t.charts.breakdown}</span>
        <span className="block text-xs text-slate-600 dark:text-slate-400">{t.charts.breakdownHelp}</span>
      </figcaption>
      <ul className="mb-2 flex gap-4 text-xs font-medium" aria-hidden>
        {(
          [
            [t.charts.upfront, UPFRONT],
            [t.charts.ongoing, ONGOING],
          ] as const
        ).map(([label, colour]) => (
          <li key={label} className="flex items-center gap-1.5">
            <span className="inline-block size-3 rounded-sm" style={{ background: colour }} />
            {label}
          </li>
        ))}
      </ul>
      <div className="grid grid-cols-[4.5rem_1fr] items-center gap-x-2 gap-y-2 text-xs" data-testid="breakdown-chart">
        {shown.map((a) => {
          const r = estimate.approaches[a]!;
          const upfront = at(r.upfront);
          const total = at(r.total);
          const label = `${t.approach[a]}: ${t.charts.upfront} ${formatMoney(r.upfront, scenario, lang)}, ${t.charts.ongoing} ${formatMoney(
            r.total - r.upfront,
            scenario,
            lang,
          )}`;
          return (
            <div key={a} className="contents">
              <span className="flex items-center gap-1 font-medium" style={{ color: SERIES_VAR[a] }}>
                {t.approach[a]}
              </span>
              <div className="relative h-6" role="img" aria-label={label}>
                <svg className="absolute inset-0 overflow-visible" width="100%" height="100%" aria-hidden focusable="false">
                  {axis.ticks.map((v) => (
                    <line
                      key={v}
                      x1={pct(fraction(axis, v))}
                      x2={pct(fraction(axis, v))}
                      y1="-4"
                      y2="28"
                      stroke={cssVar(CSS_VAR.grid)}
                    />
                  ))}
                  <rect x="0" y="3" width={pct(upfront)} height="18" fill={UPFRONT} />
                  <rect x={pct(upfront)} y="3" width={pct(Math.max(0, total - upfront))} height="18" fill={ONGOING} />
                </svg>
                <span
                  className={`absolute top-1/2 -translate-y-1/2 px-1 font-medium tabular-nums whitespace-nowrap ${total > 0.7 ? "-translate-x-full text-white dark:text-slate-950" : ""}`}
                  style={{ left: pct(total) }}
                >
                  {formatMoneyCompact(r.total, scenario, lang, 3)}
                </span>
              </div>
            </div>
          );
        })}
        <span />
        <div className="relative h-4 text-[11px] text-slate-600 dark:text-slate-400" aria-hidden>
          {axis.ticks.map((v, i) => (
            <span
              key={v}
              className={`absolute tabular-nums whitespace-nowrap ${i === 0 ? "" : i === axis.ticks.length - 1 ? "-translate-x-full" : "-translate-x-1/2"}`}
              style={{ left: pct(fraction(axis, v)) }}
            >
              {moneyTickLabel(v, scenario, lang)}
            </span>
          ))}
        </div>
      </div>
      <BreakdownTable />
    </figure>
  );
}

function BreakdownTable() {
  const t = useStrings();
  const { estimate } = useDerived();
  return (
    <ApproachTable
      testId="breakdown-table"
      rows={COST_CATEGORIES.map((c) => ({
        key: c,
        label: t.categories[c],
        values: {
          rag: estimate.approaches.rag.breakdown[c],
          ft: estimate.approaches.ft.breakdown[c],
          hybrid: estimate.approaches.hybrid.breakdown[c],
          ...(estimate.approaches.lc ? { lc: estimate.approaches.lc.breakdown[c] } : {}),
        },
      }))}
    />
  );
}
