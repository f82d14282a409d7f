"use client";
import { useStrings } from "@/components/i18n/context";
import { assumptionDocs } from "@/lib/assumption-docs";
import { fraction } from "@/lib/chart-spec";
import { formatMoneyCompact } from "@/lib/format";
import { CSS_VAR, cssVar, SERIES_VAR } from "@/lib/palette";
import { moneyTickLabel, symmetricAxis } from "@/lib/ticks";
import { useTornado } from "./more-derived";
import { useCalculator } from "./store";
import { format } from "@/lib/i18n/format";

const SHOWN = 8;
const OPTIMISTIC = cssVar(CSS_VAR.optimistic);
const PESSIMISTIC = cssVar(CSS_VAR.pessimistic);
const pct = (f: number) => `${(f * 100).toFixed(2)}%`;
/** Narrow: the name above its bar; wide: name, bar and values side by side. */
const ROW = "grid grid-cols-[1fr_4.5rem] items-center gap-x-2 @lg:grid-cols-[minmax(6rem,9rem)_1fr_5rem]";
const NAME = "col-span-2 truncate @lg:col-span-1";
const SPACER = "hidden @lg:block";

/**
 * The assumptions whose swing moves the RAG − fine-tuning difference most, as a tornado chart: bars
 * left of zero make RAG relatively cheaper, bars right of it fine-tuning; a round money axis below.
 */
export function TornadoPanel() {
  const t = useStrings();
  const lang = t.lang;
  const scenario = useCalculator((s) => s.scenario);
  const bars = useTornado().slice(0, SHOWN);
  const rate = scenario.currency === "CNY" ? scenario.fxRate : 1;
  const axis = symmetricAxis(Math.max(1 / rate, ...bars.map((b) => b.swing)) * rate, 1);
  const at = (usd: number) => fraction(axis, usd * rate);
  const money = (v: number) => `${v > 0 ? "+" : v < 0 ? "−" : "±"}${formatMoneyCompact(Math.abs(v), scenario, lang, 2)}`;
  const tick = (v: number) => `${v > 0 ? "+" : v < 0 ? "−" : ""}${moneyTickLabel(Math.abs(v), scenario, lang)}`;
  const half = (v: number, colour: string) => {
    const from = Math.min(at(0), at(v));
    const to = Math.max(at(0), at(v));
    return <rect x={pct(from)} width={pct(to - from)} y="2" height="12" fill={colour} />;
  };
  const grid = (
    <>
      {axis.ticks.map((v) => (
        <line
          key={v}
          x1={pct(at(v / rate))}
          x2={pct(at(v / rate))}
          y1="-3"
          y2="19"
          stroke={v === 0 ? cssVar(CSS_VAR.axis) : cssVar(CSS_VAR.grid)}
        />
      ))}
    </>
  );
  return (
    <section className="grid gap-2 rounded-xl border border-slate-200 p-3 dark:border-slate-800" data-testid="tornado">
      <h3 className="text-sm font-semibold">{t.uncertainty.tornadoHeading}</h3>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t.uncertainty.tornadoHelp}</p>
      <p className="flex gap-3 text-xs font-medium">
        <span className="flex items-center gap-1" style={{ color: OPTIMISTIC }}>
          <span className="inline-block size-3 rounded-sm" style={{ background: OPTIMISTIC }} aria-hidden />
          {t.uncertainty.optimistic}
        </span>
        <span className="flex items-center gap-1" style={{ color: PESSIMISTIC }}>
          <span className="inline-block size-3 rounded-sm" style={{ background: PESSIMISTIC }} aria-hidden />
          {t.uncertainty.pessimistic}
        </span>
      </p>
      <div className={`${ROW} text-xs font-medium`} data-testid="tornado-direction">
        <span className={SPACER} />
        <span className="flex justify-between gap-2">
          <span style={{ color: SERIES_VAR.rag }}>{t.uncertainty.favoursRag}</span>
          <span className="text-right" style={{ color: SERIES_VAR.ft }}>
            {t.uncertainty.favoursFt}
          </span>
        </span>
        <span className={SPACER} />
      </div>
      <ul className="grid gap-2">
        {bars.map((b) => {
          const name = assumptionDocs[b.key].label[lang];
          return (
            <li key={b.key} className={`${ROW} text-xs`} data-testid={`tornado-${b.key}`}>
              <span className={NAME} title={name}>
                {name}
              </span>
              <span
                className="relative h-4"
                role="img"
                aria-label={format(t.uncertainty.bar, {
                  name,
                  optimistic: money(b.optimistic),
                  pessimistic: money(b.pessimistic),
                })}
              >
                <svg className="absolute inset-0 overflow-visible" width="100%" height="16" aria-hidden focusable="false">
                  {grid}
                  {half(b.optimistic, OPTIMISTIC)}
                  {half(b.pessimistic, PESSIMISTIC)}
                </svg>
              </span>
              <span className="text-right leading-tight tabular-nums" aria-hidden data-testid="tornado-values">
                <span style={{ color: OPTIMISTIC }}>{money(b.optimistic)}</span>
                <br />
                <span style={{ color: PESSIMISTIC }}>{money(b.pessimistic)}</span>
              </span>
            </li>
          );
        })}
      </ul>
      <div className={`${ROW} text-[11px] text-slate-600 dark:text-slate-400`} aria-hidden data-testid="tornado-axis">
        <span className={SPACER} />
        <span className="relative h-4">
          {axis.ticks.map((v) => (
            <span
              key={v}
              className={`absolute tabular-nums whitespace-nowrap ${v < 0 ? "" : v > 0 ? "-translate-x-full" : "-translate-x-1/2"}`}
              style={{ left: pct(at(v / rate)) }}
            >
              {tick(v)}
            </span>
          ))}
        </span>
        <span />
      </div>
    </section>
  );
}
