/**
 * The verdict in data: which approach is cheapest at the horizon and by how much, when RAG and
 * fine-tuning swap places, and above which volume fine-tuning wins. The strings files turn it into
 * sentences; the page, the preview image and the metadata all read the same verdict.
 */
import {
  ALL_APPROACHES,
  totalsAtHorizon,
  type Approach,
  type AnyApproach,
  type Estimate,
  type LongContextInfeasible,
  type ModelInputs,
} from "./model";

export interface Verdict {
  /** Approaches by total at the horizon, cheapest first: every approach that exists (v3: lc where it fits). */
  ranking: AnyApproach[];
  cheapest: AnyApproach;
  runnerUp: AnyApproach;
  /** How much the cheapest saves against the runner-up, in USD and as a share of the runner-up. */
  saving: number;
  savingShare: number;
  /** RAG against fine-tuning at the horizon. */
  ragVsFt: { cheaper: "rag" | "ft" | null; difference: number };
  /** First month at which the approach that costs more up front has caught up, or null. */
  breakEvenMonth: number | null;
  /** Which approach is the cheaper one from the break-even month on. */
  cheaperFromBreakEven: "rag" | "ft" | null;
  /** Volume (queries per day) at which RAG and FT cost the same at the horizon, or null. */
  breakEvenVolume: number | null;
  /** Which of RAG and FT is cheaper above that volume. */
  cheaperAboveVolume: "rag" | "ft" | null;
  /** RAG, fine-tuning and the hybrid only (what the questionnaire weighs): the same as the above in v1 and v2. */
  threeWay: CostComparison;
  /** v3, when long context does not fit the window: why, by how much, and the largest base that fits. */
  lcMissing: LongContextInfeasible | null;
}

/**
 * The cost comparison the verdict states: every approach by total at the horizon, and the cheapest
 * against the runner-up. Anything else that names a cheaper approach (the questionnaire) uses this.
 */
export interface CostComparison<A extends AnyApproach = Approach> {
  ranking: A[];
  cheapest: A;
  runnerUp: A;
  saving: number;
  savingShare: number;
}

/**
 * Ranks the approaches whose totals are given (lc only when present). A stable sort keeps ties in
 * the order rag, ft, hybrid, lc, as the model's `cheapestOverall` does.
 */
export function compareTotals(totals: Record<Approach, number>): CostComparison;
export function compareTotals(totals: Record<Approach, number> & { lc?: number }): CostComparison<AnyApproach>;
export function compareTotals(totals: Record<Approach, number> & { lc?: number }): CostComparison<AnyApproach> {
  const total = (a: AnyApproach) => totals[a]!;
  const ranking = ALL_APPROACHES.filter((a) => totals[a] !== undefined).sort((a, b) => total(a) - total(b));
  const [cheapest, runnerUp] = ranking as [AnyApproach, AnyApproach];
  const saving = total(runnerUp) - total(cheapest);
  return { ranking, cheapest, runnerUp, saving, savingShare: total(runnerUp) > 0 ? saving / total(runnerUp) : 0 };
}

export function verdictOf(x: ModelInputs, e: Estimate): Verdict {
  const totals = { rag: e.approaches.rag.total, ft: e.approaches.ft.total, hybrid: e.approaches.hybrid.total };
  const threeWay = compareTotals(totals);
  const lc = e.approaches.lc;
  const comparison = lc ? compareTotals({ ...totals, lc: lc.total }) : threeWay;
  const diff = totals.rag - totals.ft;

  const start = e.series[0]!;
  const cheaperFromBreakEven = e.breakEven.month === null ? null : start.rag > start.ft ? "rag" : "ft";

  let cheaperAboveVolume: "rag" | "ft" | null = null;
  const q = e.breakEven.queriesPerDay;
  if (q !== null) {
    const above = totalsAtHorizon({ ...x, queriesPerDay: q * 1.5 + 1 });
    cheaperAboveVolume = above.rag < above.ft ? "rag" : above.ft < above.rag ? "ft" : null;
  }
  return {
    ...comparison,
    ragVsFt: { cheaper: diff < 0 ? "rag" : diff > 0 ? "ft" : null, difference: Math.abs(diff) },
    breakEvenMonth: e.breakEven.month,
    cheaperFromBreakEven,
    breakEvenVolume: q,
    cheaperAboveVolume,
    threeWay,
    lcMissing: e.longContext && !e.longContext.feasible ? e.longContext : null,
  };
}
