"use client";
import { useId } from "react";
import { ARTICLE_LATENCY_MS } from "@/lib/assumptions";
import { formatHours, formatMs } from "@/lib/format";
import { ALL_APPROACHES, type Range } from "@/lib/model";
import { useStrings } from "@/components/i18n/context";
import { fraction } from "@/lib/chart-svg";
import { SERIES_VAR } from "@/lib/palette";
import { niceAxis } from "@/lib/ticks";
import { useDerived, useScenario } from "./store";

/**
 * The name of a panel's region: its heading, plus `context` where the same panel is shown twice on
 * a page (the article's figures repeat the calculator's), so each region's name is unique.
 */
function regionName(headingId: string, heading: string, context: string | undefined) {
  return context ? { "aria-label": `${heading} · ${context}` } : { "aria-labelledby": headingId };
}

/** Our latency estimate for the scenario beside the article's quoted typical ranges. */
export function LatencyPanel({ context }: { context?: string } = {}) {
  const t = useStrings();
  const lang = t.lang;
  const headingId = useId();
  const { estimate } = useDerived();
  const lc = estimate.longContext?.feasible ? estimate.longContext : null;
  const ours: { key: "ft" | "rag" | "lc"; label: string; range: Range }[] = [
    { key: "ft", label: t.approach.ft, range: estimate.approaches.ft.latencyMs },
    { key: "rag", label: `${t.approach.rag} / ${t.approach.hybrid}`, range: estimate.approaches.rag.latencyMs },
    // v3 where it fits: long context from the cache, and the first query after a write (our estimate, not measured).
    ...(lc
      ? [
          { key: "lc" as const, label: `${t.approach.lc} · ${t.lc.cached}`, range: lc.latencyCachedMs },
          { key: "lc" as const, label: `${t.approach.lc} · ${t.lc.uncached}`, range: lc.latencyUncachedMs },
        ]
      : []),
  ];
  const article = [
    { key: "ft", label: t.approach.ft, range: ARTICLE_LATENCY_MS.ft },
    { key: "rag", label: t.approach.rag, range: ARTICLE_LATENCY_MS.rag },
  ] as const;
  // One ms scale for all four bars, with round ticks.
  const axis = niceAxis(Math.max(...[...ours, ...article].map((o) => o.range.high)));
  const pct = (ms: number) => `${(fraction(axis, ms) * 100).toFixed(2)}%`;
  const rows = [
    ...ours.map((o, i) => ({
      ...o,
      id: i < 2 ? `ours-${o.key}` : `ours-lc-${i - 2}`,
      source: t.charts.latencyOurs,
      dashed: false,
    })),
    ...article.map((o) => ({ ...o, id: `article-${o.key}`, source: t.charts.latencyArticle, dashed: true })),
  ];
  return (
    <section {...regionName(headingId, t.charts.latency, context)} data-testid="latency">
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
              {axis.ticks.slice(1, -1).map((v) => (
                <span key={v} className="absolute inset-y-0 w-px bg-white dark:bg-slate-950" style={{ left: pct(v) }} />
              ))}
              <div
                className={`absolute inset-y-0 rounded ${o.dashed ? "border-2 border-dashed" : ""}`}
                style={{
                  left: pct(o.range.low),
                  width: `max(4px, ${pct(o.range.high - o.range.low)})`,
                  background: o.dashed ? "transparent" : SERIES_VAR[o.key],
                  borderColor: SERIES_VAR[o.key],
                }}
              />
            </div>
          </li>
        ))}
      </ul>
      <div className="relative mt-1 h-4 text-[11px] text-slate-600 dark:text-slate-400" aria-hidden data-testid="latency-axis">
        {axis.ticks.map((v, i) => (
          <span
            key={v}
            className={`absolute tabular-nums whitespace-nowrap ${i === 0 ? "" : i === axis.ticks.length - 1 ? "-translate-x-full" : "-translate-x-1/2"}`}
            style={{ left: pct(v) }}
          >
            {formatMs(v, lang)}
          </span>
        ))}
      </div>
      {lc ? <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">{t.lc.latencyNote}</p> : null}
    </section>
  );
}

/** How long until a change in the knowledge shows in answers, per approach. */
export function StalenessPanel({ context }: { context?: string } = {}) {
  const t = useStrings();
  const headingId = useId();
  const { estimate } = useDerived();
  // With no updates there is nothing to retrain: fine-tuning is not "immediate", it has nothing to catch up on.
  const neverUpdated = useScenario().updatesPerMonth === 0;
  return (
    <section {...regionName(headingId, t.charts.staleness, context)}>
      <h3 id={headingId} className="text-sm font-semibold">
        {t.charts.staleness}
      </h3>
      <p className="text-xs text-slate-500 dark:text-slate-400">{t.results.stalenessHelp}</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {ALL_APPROACHES.filter((a) => estimate.approaches[a] !== undefined).map((a) => (
          <div key={a} className="contents">
            <dt>{t.approach[a]}</dt>
            <dd
              className="text-right tabular-nums"
              data-testid={`staleness-${a}`}
              title={a === "ft" && neverUpdated ? t.staleness.noUpdatesHelp : undefined}
            >
              {a === "lc" && neverUpdated
                ? t.lc.noUpdates
                : a === "ft" && neverUpdated
                  ? t.staleness.noUpdates
                  : formatHours(estimate.approaches[a]!.stalenessHours, t.lang)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
