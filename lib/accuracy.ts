/**
 * Accuracy and cost per correct answer (model v3). Each approach has an expected accuracy: the share
 * of questions answered correctly, a range. It comes from the reader (acc_rag=0.82, an evaluation of
 * their own) or else from a task kind's published studies (task=…); without either it is not set,
 * and nothing here pretends to know it. Accuracies are shares from 0 to 1.
 *
 * Cost per correct answer, for each approach with an accuracy:
 * - marginal: perQuery / accuracy (what one more correct answer costs at the margin);
 * - all-in: total / (queries over the horizon × accuracy), fixed costs included.
 * The verdict uses the all-in figure at the middle of each accuracy range, because the cost verdict
 * ranks totals: with equal accuracies the two verdicts agree. See docs/cost-model.md.
 */
import { DAYS_PER_MONTH } from "./assumptions";
import type { Text } from "./i18n-text";
import { ALL_APPROACHES, type AnyApproach, type Estimate, type ModelInputs, type Range } from "./model";

/** The shape of lib/accuracy-evidence.ts (the article's evidence, by task kind), defined here once. */
export type TaskKind = string;
export interface AccuracyStudy {
  paper: string;
  arxiv: string;
  table: string;
  cells: string;
  checked: string;
}
export interface TaskEvidence {
  id: TaskKind;
  label: { zh: string; en: string };
  accuracy: Partial<Record<AnyApproach, { low: number; high: number }>>;
  studies: AccuracyStudy[];
}

/** What a scenario says about accuracy: a task kind, and accuracies the reader typed (shares 0–1). */
export interface AccuracyInputs {
  task?: TaskKind | null;
  accuracy?: Partial<Record<AnyApproach, number>>;
}

/** Bounds of a typed accuracy: 1% to 100%. */
export const ACCURACY_SPEC = { min: 0.01, max: 1 } as const;

export type AccuracyReason = "not-set" | "task-lacks-approach" | "infeasible";

export interface ApproachAccuracy {
  /** Share of questions answered correctly, low–high; null when unknown. */
  accuracy: Range | null;
  source: "typed" | "task" | null;
  /** Why there is no accuracy (null when there is one). */
  reason: AccuracyReason | null;
  /** perQuery / accuracy: low uses the high accuracy. Null without an accuracy. */
  perCorrectMarginal: Range | null;
  /** total / (queries over the horizon × accuracy). */
  perCorrect: Range | null;
  /** The all-in figure at the middle of the accuracy range: what the verdict ranks. */
  perCorrectMid: number | null;
}

export interface PerCorrectView {
  /** The task kind in use (null: none, or unknown). */
  task: TaskKind | null;
  /** True when the reader typed an accuracy or named a task kind. */
  set: boolean;
  approaches: Record<AnyApproach, ApproachAccuracy>;
  /** What the verdict ranks: cost (totals), or cost per correct answer. */
  basis: "cost" | "per-correct";
  /** The cheapest by total (= by all-in cost per query) among the approaches that exist. */
  cheapestPerQuery: AnyApproach;
  /** The cheapest per correct answer among the approaches with an accuracy; null with fewer than two. */
  cheapestPerCorrect: AnyApproach | null;
  /** The approaches ranked per correct answer (those with an accuracy, feasible). */
  compared: AnyApproach[];
  /** True when the cheapest per query is not the cheapest per correct answer; null when the first has no accuracy. */
  differs: boolean | null;
  /** True when the same approach is cheapest per correct answer with every accuracy at its low and at its high end. */
  holds: boolean | null;
  /** The approach the verdict names. */
  winner: AnyApproach;
}

const rangeOf = (v: number): Range => ({ low: v, high: v });

/** The accuracy of each approach: typed first, then the task kind's evidence, else null with a reason. */
export function accuracies(
  inputs: AccuracyInputs,
  evidence: readonly TaskEvidence[],
): Record<AnyApproach, { accuracy: Range | null; source: "typed" | "task" | null; reason: AccuracyReason | null }> {
  const task = inputs.task ? evidence.find((t) => t.id === inputs.task) : undefined;
  const out = {} as Record<
    AnyApproach,
    { accuracy: Range | null; source: "typed" | "task" | null; reason: AccuracyReason | null }
  >;
  for (const a of ALL_APPROACHES) {
    const typed = inputs.accuracy?.[a];
    const fromTask = task?.accuracy[a];
    if (typed !== undefined) out[a] = { accuracy: rangeOf(typed), source: "typed", reason: null };
    else if (fromTask) out[a] = { accuracy: { low: fromTask.low, high: fromTask.high }, source: "task", reason: null };
    else out[a] = { accuracy: null, source: null, reason: task ? "task-lacks-approach" : "not-set" };
  }
  return out;
}

/** Cost per correct answer for each approach, and the verdict's basis and winner. */
export function perCorrectView(x: ModelInputs & AccuracyInputs, e: Estimate, evidence: readonly TaskEvidence[]): PerCorrectView {
  const acc = accuracies(x, evidence);
  const task = x.task && evidence.some((t) => t.id === x.task) ? x.task : null;
  const set = task !== null || Object.values(x.accuracy ?? {}).some((v) => v !== undefined);
  const queries = x.queriesPerDay * DAYS_PER_MONTH * x.horizonMonths;
  const exists = (a: AnyApproach) => a !== "lc" || e.approaches.lc !== undefined;

  const approaches = {} as Record<AnyApproach, ApproachAccuracy>;
  for (const a of ALL_APPROACHES) {
    const est = e.approaches[a];
    const { accuracy, source } = acc[a];
    if (!est) {
      approaches[a] = { accuracy, source, reason: "infeasible", perCorrectMarginal: null, perCorrect: null, perCorrectMid: null };
      continue;
    }
    if (!accuracy) {
      approaches[a] = {
        accuracy,
        source,
        reason: acc[a].reason,
        perCorrectMarginal: null,
        perCorrect: null,
        perCorrectMid: null,
      };
      continue;
    }
    const mid = (accuracy.low + accuracy.high) / 2;
    approaches[a] = {
      accuracy,
      source,
      reason: null,
      perCorrectMarginal: { low: est.perQuery / accuracy.high, high: est.perQuery / accuracy.low },
      perCorrect: { low: est.total / (queries * accuracy.high), high: est.total / (queries * accuracy.low) },
      perCorrectMid: est.total / (queries * mid),
    };
  }

  const present = ALL_APPROACHES.filter(exists);
  // The cost verdict: lowest total, ties to the older approach (the order of ALL_APPROACHES).
  const cheapestPerQuery = present.reduce((best, a) => (e.approaches[a]!.total < e.approaches[best]!.total ? a : best));
  const compared = present.filter((a) => approaches[a].perCorrectMid !== null);
  const lowest = (value: (a: AnyApproach) => number) => compared.reduce((best, a) => (value(a) < value(best) ? a : best));
  const cheapestPerCorrect = compared.length >= 2 ? lowest((a) => approaches[a].perCorrectMid!) : null;
  const holds =
    cheapestPerCorrect === null
      ? null
      : lowest((a) => approaches[a].perCorrect!.low) === cheapestPerCorrect &&
        lowest((a) => approaches[a].perCorrect!.high) === cheapestPerCorrect;
  const differs =
    cheapestPerCorrect === null || !compared.includes(cheapestPerQuery) ? null : cheapestPerCorrect !== cheapestPerQuery;
  const basis = set && cheapestPerCorrect !== null ? "per-correct" : "cost";
  return {
    task,
    set,
    approaches,
    basis,
    cheapestPerQuery,
    cheapestPerCorrect,
    compared,
    differs,
    holds,
    winner: basis === "per-correct" ? cheapestPerCorrect! : cheapestPerQuery,
  };
}

const NAMES: Record<AnyApproach, Text> = {
  rag: { zh: "RAG", en: "RAG" },
  ft: { zh: "微调", en: "fine-tuning" },
  hybrid: { zh: "混合方案", en: "the hybrid" },
  lc: { zh: "长上下文", en: "long context" },
};
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The verdict in one sentence, per the view's basis (the API's perCorrect.note). */
export function perCorrectNote(v: PerCorrectView): Text {
  const q = NAMES[v.cheapestPerQuery];
  if (!v.set) {
    return {
      zh: `按成本：${q.zh}最便宜。未设置准确率，因此不计算每个正确回答的成本。`,
      en: `By cost: ${q.en} is cheapest. No accuracy is set, so there is no cost per correct answer.`,
    };
  }
  if (v.basis === "cost" || v.cheapestPerCorrect === null) {
    return {
      zh: `按成本：${q.zh}最便宜。有准确率的方案少于两个，无法按正确回答比较。`,
      en: `By cost: ${q.en} is cheapest. Fewer than two approaches have an accuracy, so they cannot be compared per correct answer.`,
    };
  }
  const c = NAMES[v.cheapestPerCorrect];
  const left = ALL_APPROACHES.filter((a) => !v.compared.includes(a) && v.approaches[a].reason !== "infeasible");
  const leftOut =
    left.length === 0
      ? { zh: "", en: "" }
      : {
          zh: `（未计入没有准确率的${left.map((a) => NAMES[a].zh).join("、")}）`,
          en: ` (leaving out ${left.map((a) => NAMES[a].en).join(", ")}, with no accuracy)`,
        };
  if (v.differs === true) {
    return {
      zh: `每个正确回答最便宜的是${c.zh}${leftOut.zh}，而每次请求最便宜的是${q.zh}。`,
      en: `${capital(c.en)} is cheapest per correct answer${leftOut.en}, while ${q.en} is cheapest per query.`,
    };
  }
  return {
    zh: `每个正确回答最便宜的是${c.zh}${leftOut.zh}${v.differs === false ? "，每次请求也是它最便宜" : ""}。`,
    en: `${capital(c.en)} is cheapest per correct answer${leftOut.en}${v.differs === false ? ", and per query too" : ""}.`,
  };
}
