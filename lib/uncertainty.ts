/**
 * How sure we are. Every assumption has an optimistic and a pessimistic factor (assumptions.ts);
 * applied to all at once they give each approach's band, applied one at a time they give the
 * tornado: how much each assumption's swing moves the RAG − fine-tuning difference at the horizon.
 */
import { ASSUMPTION_KEYS, assumptionSpecs, type AssumptionKey, type Assumptions } from "./assumptions";
import { APPROACHES, estimate, totalsAtHorizon, type Approach, type AnyApproach, type Estimate, type ModelInputs } from "./model";

export type Side = "optimistic" | "pessimistic";

/** One assumption at one end of its range, kept inside the assumption's bounds. */
export function assumptionAt(key: AssumptionKey, value: number, side: Side): number {
  const spec = assumptionSpecs[key];
  const factor = spec.range[side === "optimistic" ? 0 : 1];
  const v = Math.min(spec.max, Math.max(spec.min, value * factor));
  return "integer" in spec && spec.integer ? Math.max(spec.min, Math.round(v)) : v;
}

export function assumptionsAt(a: Assumptions, side: Side): Assumptions {
  const out = { ...a };
  for (const k of ASSUMPTION_KEYS) out[k] = assumptionAt(k, a[k], side);
  return out;
}

export interface BandPoint {
  month: number;
  low: Record<Approach, number>;
  high: Record<Approach, number>;
}

export interface Uncertainty {
  /** Totals at the horizon, low ≤ total ≤ high. */
  ranges: Record<Approach, { low: number; high: number }>;
  /** Per month, the band each cumulative curve lies in. */
  band: BandPoint[];
  /** The cheapest approach with every assumption optimistic, and with every one pessimistic. */
  cheapestWhen: Record<Side, Approach>;
  /** True when the same approach is cheapest at both ends and in the middle. */
  winnerHolds: boolean;
  /**
   * v3: long context's total in the runs where it fits (absent when it fits in none), and the
   * cheapest among every approach that exists in each run.
   */
  overall?: {
    lcRange?: { low: number; high: number };
    cheapestWhen: Record<Side, AnyApproach>;
    winnerHolds: boolean;
  };
}

/**
 * The band is the envelope of the all-optimistic and all-pessimistic runs, widened where needed to
 * hold the central estimate (a few assumptions pull costs both ways, e.g. bigger chunks mean more
 * context per query but fewer vectors to store).
 */
export function uncertainty(x: ModelInputs, central: Estimate = estimate(x)): Uncertainty {
  const opt = estimate({ ...x, assumptions: assumptionsAt(x.assumptions, "optimistic") });
  const pes = estimate({ ...x, assumptions: assumptionsAt(x.assumptions, "pessimistic") });
  const band = central.series.map((p, m) => {
    const low = {} as Record<Approach, number>;
    const high = {} as Record<Approach, number>;
    for (const a of APPROACHES) {
      const values = [p[a], opt.series[m]![a], pes.series[m]![a]];
      low[a] = Math.min(...values);
      high[a] = Math.max(...values);
    }
    return { month: p.month, low, high };
  });
  const end = band[band.length - 1]!;
  const ranges = Object.fromEntries(APPROACHES.map((a) => [a, { low: end.low[a], high: end.high[a] }])) as Uncertainty["ranges"];
  const result: Uncertainty = {
    ranges,
    band,
    cheapestWhen: { optimistic: opt.cheapest, pessimistic: pes.cheapest },
    winnerHolds: opt.cheapest === central.cheapest && pes.cheapest === central.cheapest,
  };
  if (central.cheapestOverall !== undefined) {
    const lcTotals = [central, opt, pes].map((e) => e.approaches.lc?.total).filter((t): t is number => t !== undefined);
    const optimistic = opt.cheapestOverall ?? opt.cheapest;
    const pessimistic = pes.cheapestOverall ?? pes.cheapest;
    result.overall = {
      ...(lcTotals.length > 0 ? { lcRange: { low: Math.min(...lcTotals), high: Math.max(...lcTotals) } } : {}),
      cheapestWhen: { optimistic, pessimistic },
      winnerHolds: optimistic === central.cheapestOverall && pessimistic === central.cheapestOverall,
    };
  }
  return result;
}

export interface TornadoBar {
  key: AssumptionKey;
  /** Change of (RAG total − FT total) at the horizon with this assumption alone optimistic / pessimistic. */
  optimistic: number;
  pessimistic: number;
  /** The larger of the two changes, in absolute value. */
  swing: number;
}

/** Every assumption that moves the RAG − FT difference, largest swing first. */
export function tornado(x: ModelInputs): TornadoBar[] {
  const diff = (a: Assumptions) => {
    const t = totalsAtHorizon({ ...x, assumptions: a });
    return t.rag - t.ft;
  };
  const base = diff(x.assumptions);
  const bars: TornadoBar[] = [];
  for (const key of ASSUMPTION_KEYS) {
    const value = x.assumptions[key];
    const optimistic = diff({ ...x.assumptions, [key]: assumptionAt(key, value, "optimistic") }) - base;
    const pessimistic = diff({ ...x.assumptions, [key]: assumptionAt(key, value, "pessimistic") }) - base;
    const swing = Math.max(Math.abs(optimistic), Math.abs(pessimistic));
    if (swing > 0) bars.push({ key, optimistic, pessimistic, swing });
  }
  return bars.sort((a, b) => b.swing - a.swing);
}
