"use client";
import { useStrings } from "@/components/i18n/context";
import { useExtraStrings } from "@/components/i18n/extra";
import { assumptionDocs } from "@/lib/assumption-docs";
import { formatMoneyCompact } from "@/lib/format";
import { useTornado } from "./more-derived";
import { useCalculator } from "./store";

const SHOWN = 8;

/** The assumptions whose swing moves the RAG − fine-tuning difference most, as a tornado chart. */
export function TornadoPanel() {
  const t = useStrings();
  const x = useExtraStrings();
  const lang = t.lang;
  const scenario = useCalculator((s) => s.scenario);
  const bars = useTornado().slice(0, SHOWN);
  const scale = Math.max(1, ...bars.map((b) => b.swing));
  const money = (v: number) => `${v > 0 ? "+" : v < 0 ? "−" : "±"}${formatMoneyCompact(Math.abs(v), scenario, lang, 2)}`;
  const half = (v: number, colour: string) => {
    const w = (Math.abs(v) / scale) * 50;
    return (
      <span
        className="absolute inset-y-0 rounded-sm"
        style={{ width: `${w}%`, left: v < 0 ? `${50 - w}%` : "50%", background: colour }}
      />
    );
  };
  return (
    <section className="grid gap-2 rounded-xl border border-slate-200 p-3 dark:border-slate-800" data-testid="tornado">
      <h3 className="text-sm font-semibold">{x.uncertainty.tornadoHeading}</h3>
      <p className="text-xs text-slate-500 dark:text-slate-400">{x.uncertainty.tornadoHelp}</p>
      <p className="flex gap-3 text-xs">
        <span className="flex items-center gap-1">
          <span className="inline-block size-3 rounded-sm bg-emerald-500" aria-hidden />
          {x.uncertainty.optimistic}
        </span>
        <span className="flex items-center gap-1">
          <span className="inline-block size-3 rounded-sm bg-rose-500" aria-hidden />
          {x.uncertainty.pessimistic}
        </span>
      </p>
      <ul className="grid gap-1.5">
        {bars.map((b) => {
          const name = assumptionDocs[b.key].label[lang];
          return (
            <li key={b.key} className="grid grid-cols-[minmax(6rem,9rem)_1fr] items-center gap-2 text-xs" data-testid={`tornado-${b.key}`}>
              <span className="truncate" title={name}>
                {name}
              </span>
              <span className="relative h-4 rounded-sm bg-slate-100 dark:bg-slate-800" role="img" aria-label={x.uncertainty.bar(name, money(b.optimistic), money(b.pessimistic))}>
                <span className="absolute inset-y-0 left-1/2 w-px bg-slate-400" />
                {half(b.optimistic, "#10b981")}
                {half(b.pessimistic, "#f43f5e")}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
