/**
 * The cost model (docs/cost-model.md; v1 in shared/brief/cost-model.md): RAG, fine-tuning (FT) and a
 * hybrid, over a horizon of whole months. Pure functions of the inputs; all money in USD.
 *
 * v2 is v1 plus two things today's offers demand: a monthly hosting fee for a deployed tuned model
 * (ftHostingMonthly, 0 in every v1 set) and a latency model that comes with the price set (v1's
 * constants are the v1 sets' latency), so v1 links keep their numbers to the cent.
 */
import { DAYS_PER_MONTH, HOURS_PER_MONTH, type Assumptions } from "./assumptions";
import type { LatencyModel } from "./price-set-types";
import { priceSet } from "./price-sets";
import { V1_LATENCY } from "./price-sets-v1";

import type { AnyApproach, Approach } from "./approaches";

export { ALL_APPROACHES, APPROACHES, type AnyApproach, type Approach } from "./approaches";

export interface Workload {
  queriesPerDay: number;
  updatesPerMonth: number;
  corpusTokens: number;
  horizonMonths: number;
}

export interface ModelInputs extends Workload {
  assumptions: Assumptions;
  /** The price set in use, whose latency figures the model reads (v1's figures when absent). */
  pricing?: string;
  /** The model version; 3 and above add long context. Absent: v2 (which v1 links are computed as). */
  version?: number;
}

export const COST_CATEGORIES = [
  "people",
  "dataPreparation",
  "training",
  "inference",
  "embeddings",
  "vectorDatabase",
  "retraining",
] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

export interface Range {
  low: number;
  high: number;
}

export interface ApproachEstimate {
  upfront: number;
  /** Average monthly cost over the horizon, retrains included: (total − upfront) / h. */
  monthly: number;
  total: number;
  /** The total split by category; the parts sum to `total`. */
  breakdown: Record<CostCategory, number>;
  /** Cost of answering one query (LLM, embedding and vector reads where they apply). */
  perQuery: number;
  latencyMs: Range;
  stalenessHours: number;
}

export interface FineTuneDetail {
  /** Retrains per month, R = min(u, maxRetrainsPerMonth). */
  retrainsPerMonth: number;
  retrainCost: number;
  retrainsByHorizon: number;
  trainingTokens: number;
}

export interface SeriesPoint {
  month: number;
  rag: number;
  ft: number;
  hybrid: number;
  /** Long context's cumulative cost (v3, and only where it is feasible). */
  lc?: number;
}

/** Long context when the knowledge base, the prompt and the answer fit the base model's window. */
export interface LongContextFeasible {
  feasible: true;
  contextWindow: number;
  /** knowledge base + promptTokens + outputTokens. */
  neededTokens: number;
  /** The largest knowledge base that fits: contextWindow − promptTokens − outputTokens. */
  maxCorpusTokens: number;
  /** False when the base is shorter than the minimum cacheable prefix: it is then sent at the input price every time. */
  cached: boolean;
  /** True when the provider bills storage (an explicit cache, kept all month, never expiring). */
  explicitCache: boolean;
  /** USD per 1M tokens. */
  cacheReadPrice: number;
  cacheWritePrice: number;
  /** One write of the whole base, USD. */
  writeCost: number;
  /** Expected expiries a month (Poisson arrivals); 0 for an explicit cache. */
  expiriesPerMonth: number;
  /** Knowledge updates plus expiries. */
  writesPerMonth: number;
  /** Cache writes after the first, per month, USD. */
  writesMonthly: number;
  /** Storage of an explicit cache, per month, USD. */
  storageMonthly: number;
  /** Time to first token with the base read from the cache, and without (the first query after a write or expiry). */
  latencyCachedMs: Range;
  latencyUncachedMs: Range;
  /** No source measures first-token time by cached-prefix length: these latencies are ours, not measured. */
  latencyVerified: false;
}

/** Long context when it does not fit: it then appears nowhere as a cost. */
export interface LongContextInfeasible {
  feasible: false;
  /** 0 when the price set states no window. */
  contextWindow: number;
  neededTokens: number;
  /** The largest knowledge base that fits (0 when even the prompt and answer do not). */
  maxCorpusTokens: number;
  /** How many times too large the knowledge base is: corpusTokens / maxCorpusTokens; null when nothing fits. */
  ratio: number | null;
  reason: "no-window" | "too-large";
}

export type LongContext = LongContextFeasible | LongContextInfeasible;

export interface Estimate {
  /** rag, ft and hybrid always; lc in v3 where it is feasible. */
  approaches: Record<Approach, ApproachEstimate> & { lc?: ApproachEstimate };
  fineTune: FineTuneDetail;
  series: SeriesPoint[];
  breakEven: { month: number | null; queriesPerDay: number | null };
  /** The approach with the lowest total at the horizon among rag, ft and hybrid (the v1/v2 verdict). */
  cheapest: Approach;
  /** v3: long context, feasible or not. */
  longContext?: LongContext;
  /** v3: the lowest total at the horizon among every approach that exists (lc included when feasible). */
  cheapestOverall?: AnyApproach;
}

/** Caps FT staleness, which grows without bound as the update rate vanishes (~114,000 years). */
export const MAX_STALENESS_HOURS = 1e9;

const perM = (tokens: number, price: number) => (tokens * price) / 1e6;

/** Everything of RAG (and the hybrid's RAG half) that a query volume change does not touch. */
interface RagParts {
  upfrontEmbeddings: number;
  upfrontPeople: number;
  /** LLM cost of one query. */
  llmPerQuery: number;
  embedPerQuery: number;
  /** Vector database reads of one query, USD. */
  readsPerQuery: number;
  storageMonthly: number;
  vectorDbMinimum: number;
  updateEmbeddingsMonthly: number;
  peopleMonthly: number;
  contextTokens: number;
}

function ragParts(x: ModelInputs, llmIn: number, llmOut: number): RagParts {
  const a = x.assumptions;
  const contextTokens = a.chunkTokens * a.topK;
  const vectors = x.corpusTokens / a.chunkTokens;
  const indexGB = (vectors * (a.vectorDims * 4 + a.metadataBytes)) / 1e9;
  const readUnits = Math.max(0.25, indexGB);
  return {
    upfrontEmbeddings: perM(x.corpusTokens, a.embedPrice),
    upfrontPeople: a.ragSetupHours * a.engineerRate,
    llmPerQuery: perM(a.promptTokens + contextTokens, llmIn) + perM(a.outputTokens, llmOut),
    embedPerQuery: perM(a.questionTokens, a.embedPrice),
    readsPerQuery: (readUnits * a.readPrice) / 1e6,
    storageMonthly: indexGB * a.storagePrice,
    vectorDbMinimum: a.vectorDbMinimum,
    updateEmbeddingsMonthly: perM(x.updatesPerMonth * a.changeFraction * x.corpusTokens, a.embedPrice),
    peopleMonthly: (a.ragMaintHours + a.ragMaintHoursPerUpdate * x.updatesPerMonth) * a.engineerRate,
    contextTokens,
  };
}

/**
 * One RAG query's cost at the base model's prices, in parts: the LLM call (of which `context` is the
 * retrieved passages' input) and retrieval (embedding the question, reading the index). `total` is
 * the RAG approach's `perQuery`.
 */
export function ragQueryCost(x: ModelInputs): { llm: number; context: number; retrieval: number; total: number } {
  const a = x.assumptions;
  const p = ragParts(x, a.baseIn, a.baseOut);
  const retrieval = p.embedPerQuery + p.readsPerQuery;
  return { llm: p.llmPerQuery, context: perM(p.contextTokens, a.baseIn), retrieval, total: p.llmPerQuery + retrieval };
}

const vectorDbMonthly = (p: RagParts, queriesPerMonth: number) =>
  Math.max(p.vectorDbMinimum, p.storageMonthly + queriesPerMonth * p.readsPerQuery);

interface FtParts {
  trainingTokens: number;
  prep: (share: number) => number;
  train: (tokens: number) => number;
  upfrontPrep: number;
  upfrontTraining: number;
  upfrontPeople: number;
  perQuery: number;
  peopleMonthly: number;
  retrainsPerMonth: number;
  retrainCost: number;
  /** Of one retrain: training, data preparation and evaluation people. */
  retrainTraining: number;
}

function ftParts(x: ModelInputs): FtParts {
  const a = x.assumptions;
  const T = x.corpusTokens * a.trainExpansion;
  const N = T / a.exampleTokens;
  const prep = (s: number) =>
    perM(s * x.corpusTokens, a.baseIn) + perM(s * T, a.baseOut) + s * N * a.reviewFraction * a.reviewCost;
  const train = (t: number) => perM(t * a.epochs, a.trainPrice);
  const R = Math.min(x.updatesPerMonth, a.maxRetrainsPerMonth);
  let retrainCost = 0;
  let retrainTraining = 0;
  if (R > 0) {
    const s = Math.min(1, (a.changeFraction * x.updatesPerMonth) / R);
    retrainTraining = train(T * (s + a.replayFraction));
    retrainCost = retrainTraining + prep(s) + a.evalHoursPerRetrain * a.engineerRate;
  }
  return {
    trainingTokens: T,
    prep,
    train,
    upfrontPrep: prep(1),
    upfrontTraining: a.experimentRuns * train(T),
    upfrontPeople: a.ftSetupHours * a.engineerRate,
    perQuery: perM(a.promptTokens, a.ftIn) + perM(a.outputTokens, a.ftOut),
    peopleMonthly: a.ftMaintHours * a.engineerRate,
    retrainsPerMonth: R,
    retrainCost,
    retrainTraining,
  };
}

/**
 * Monthly cost of self-hosted inference servers for the fine-tuned model: none for a hosted,
 * per-token model (ftServerMonthly = 0); otherwise at least one server, more in proportion to the
 * load once one server's throughput is exceeded (a throughput under 1 token/s counts as 1).
 */
function servingMonthly(a: Assumptions, queriesPerMonth: number, tokensPerQuery: number): number {
  if (a.ftServerMonthly <= 0) return 0;
  if (a.ftServerTokensPerSecond <= 0) return a.ftServerMonthly;
  const capacityPerMonth = Math.max(1, a.ftServerTokensPerSecond) * 3600 * HOURS_PER_MONTH;
  return a.ftServerMonthly * Math.max(1, (queriesPerMonth * tokensPerQuery) / capacityPerMonth);
}

/** Queries per day at which serving needs more than one server (Infinity when it never does). */
function servingKink(a: Assumptions, tokensPerQuery: number): number {
  if (a.ftServerMonthly <= 0 || a.ftServerTokensPerSecond <= 0 || tokensPerQuery <= 0) return Infinity;
  return (Math.max(1, a.ftServerTokensPerSecond) * 3600 * HOURS_PER_MONTH) / (DAYS_PER_MONTH * tokensPerQuery);
}

/** Minutes a day. */
const MINUTES_PER_DAY = 1440;

/** Is the model version one with long context (v3 and later)? */
export const hasLongContext = (x: ModelInputs) => (x.version ?? 2) >= 3;

interface LcParts {
  info: LongContext;
  upfront: number;
  upfrontPeople: number;
  /** The first write of the base, in the upfront cost. */
  firstWrite: number;
  perQuery: number;
  /** Monthly without people: queries, writes after the first, storage. */
  inferenceMonthly: number;
  peopleMonthly: number;
  latencyMs: Range;
  stalenessHours: number;
}

/**
 * Long context with prompt caching: every query sends the whole knowledge base as a cached prefix.
 * Expiries assume Poisson arrivals at the day's average rate: a cache entry that is refreshed by every
 * read expires when the gap to the next query exceeds the TTL, which happens after a share
 * e^(−λ·TTL) of the queries (λ queries per minute). An explicit cache (storage billed) is kept all
 * month instead, so it never expires. See docs/cost-model.md, "Long context".
 */
function lcParts(x: ModelInputs, latencyModel: LatencyModel): LcParts | LongContextInfeasible {
  const a = x.assumptions;
  const queriesPerDay = x.queriesPerDay;
  const P = x.corpusTokens;
  const neededTokens = P + a.promptTokens + a.outputTokens;
  const maxCorpusTokens = a.contextWindow - a.promptTokens - a.outputTokens;
  if (a.contextWindow <= 0 || neededTokens > a.contextWindow) {
    return {
      feasible: false,
      contextWindow: a.contextWindow,
      neededTokens,
      maxCorpusTokens: Math.max(0, maxCorpusTokens),
      ratio: maxCorpusTokens > 0 ? P / maxCorpusTokens : null,
      reason: a.contextWindow <= 0 ? "no-window" : "too-large",
    };
  }
  const cached = P > 0 && P >= a.cacheMinTokens;
  const explicitCache = cached && a.cacheStoragePrice > 0;
  const cacheReadPrice = a.cacheReadShare * a.baseIn;
  const cacheWritePrice = a.cacheWriteShare * a.baseIn;
  const writeCost = cached ? perM(P, cacheWritePrice) : 0;
  const prefixPerQuery = cached ? perM(P, cacheReadPrice) : perM(P, a.baseIn);
  const perQuery = prefixPerQuery + perM(a.promptTokens, a.baseIn) + perM(a.outputTokens, a.baseOut);
  const perMinute = queriesPerDay / MINUTES_PER_DAY;
  const Qm = queriesPerDay * DAYS_PER_MONTH;
  const expiriesPerMonth = cached && !explicitCache ? Qm * Math.exp(-perMinute * a.cacheTtlMinutes) : 0;
  const writesPerMonth = cached ? x.updatesPerMonth + expiriesPerMonth : 0;
  const storageMonthly = explicitCache ? perM(P, a.cacheStoragePrice) * HOURS_PER_MONTH : 0;
  const writesMonthly = writesPerMonth * writeCost;

  const { ttftMs: t, prefillTokensPerSecond: tps } = latencyModel;
  const at = (tokens: number): Range => ({ low: t.low + (tokens / tps.low) * 1000, high: t.high + (tokens / tps.high) * 1000 });
  const latencyUncachedMs = at(P + a.promptTokens);
  const latencyCachedMs = cached ? at(a.promptTokens + a.lcCachedPrefillShare * P) : latencyUncachedMs;
  // One rewrite of the whole base after an update: its prefill at the slow end, in hours.
  const stalenessHours = x.updatesPerMonth === 0 ? 0 : (P + a.promptTokens) / tps.high / 3600;

  const info: LongContextFeasible = {
    feasible: true,
    contextWindow: a.contextWindow,
    neededTokens,
    maxCorpusTokens,
    cached,
    explicitCache,
    cacheReadPrice,
    cacheWritePrice,
    writeCost,
    expiriesPerMonth,
    writesPerMonth,
    writesMonthly,
    storageMonthly,
    latencyCachedMs,
    latencyUncachedMs,
    latencyVerified: false,
  };
  const upfrontPeople = a.lcSetupHours * a.engineerRate;
  return {
    info,
    upfront: writeCost + upfrontPeople,
    upfrontPeople,
    firstWrite: writeCost,
    perQuery,
    inferenceMonthly: Qm * perQuery + writesMonthly + storageMonthly,
    peopleMonthly: (a.lcMaintHours + a.ragMaintHoursPerUpdate * x.updatesPerMonth) * a.engineerRate,
    latencyMs: latencyCachedMs,
    stalenessHours,
  };
}

const isInfeasible = (p: LcParts | LongContextInfeasible): p is LongContextInfeasible => "feasible" in p && p.feasible === false;

/** Retrains done by the end of month m (a quarterly update steps every third month). */
export const retrainsBy = (m: number, retrainsPerMonth: number) => Math.floor(m * retrainsPerMonth + 1e-9);

const zeroBreakdown = (): Record<CostCategory, number> => ({
  people: 0,
  dataPreparation: 0,
  training: 0,
  inference: 0,
  embeddings: 0,
  vectorDatabase: 0,
  retraining: 0,
});

function latency(model: LatencyModel, promptTokens: number, contextTokens: number | null): Range {
  const { ttftMs: base, prefillTokensPerSecond: tps, embeddingMs: embedding, vectorSearchMs: vectorSearch } = model;
  const low = base.low + (promptTokens / tps.low) * 1000;
  const high = base.high + (promptTokens / tps.high) * 1000;
  if (contextTokens === null) return { low, high };
  return {
    low: low + embedding.low + vectorSearch.low + (contextTokens / tps.low) * 1000,
    high: high + embedding.high + vectorSearch.high + (contextTokens / tps.high) * 1000,
  };
}

/** Monthly costs that do not step (everything but FT retrains), for a given query volume. */
function monthlyRunning(x: ModelInputs, rag: RagParts, hyb: RagParts, ft: FtParts, queriesPerDay: number) {
  const Qm = queriesPerDay * DAYS_PER_MONTH;
  const a = x.assumptions;
  const ragMonthly =
    (rag.llmPerQuery + rag.embedPerQuery) * Qm + vectorDbMonthly(rag, Qm) + rag.updateEmbeddingsMonthly + rag.peopleMonthly;
  const hybridMonthly =
    (hyb.llmPerQuery + hyb.embedPerQuery) * Qm +
    vectorDbMonthly(hyb, Qm) +
    hyb.updateEmbeddingsMonthly +
    hyb.peopleMonthly +
    a.hybridExtraMaintHours * a.engineerRate;
  const ftServing = servingMonthly(a, Qm, a.promptTokens + a.outputTokens);
  const hybridServing = servingMonthly(a, Qm, a.promptTokens + hyb.contextTokens + a.outputTokens);
  // A deployed tuned model's hosting fee is paid by FT and by the hybrid's style model alike.
  const hosting = a.ftHostingMonthly;
  const ftMonthly = ft.perQuery * Qm + ftServing + hosting + ft.peopleMonthly;
  return {
    Qm,
    ragMonthly,
    hybridMonthly: hybridMonthly + hybridServing + hosting,
    ftMonthly,
    ftServing: ftServing + hosting,
    hybridServing: hybridServing + hosting,
  };
}

/**
 * The query volume at which RAG and FT cost the same at the horizon. RAG − FT is linear in the
 * volume between a few kinks (where vector reads pass the database's monthly minimum, where
 * self-hosted serving needs a second server), so it is evaluated at those breakpoints and each
 * piece is solved exactly by interpolation. Returns the lowest such volume in [1, 1e9], or null.
 */
function breakEvenVolume(x: ModelInputs, rag: RagParts, hyb: RagParts, ft: FtParts, ragUpfront: number, ftUpfront: number) {
  const h = x.horizonMonths;
  const retrains = retrainsBy(h, ft.retrainsPerMonth) * ft.retrainCost;
  const diff = (q: number) => {
    const m = monthlyRunning(x, rag, hyb, ft, q);
    return ragUpfront + h * m.ragMonthly - (ftUpfront + h * m.ftMonthly + retrains);
  };
  const lo = 1;
  const hi = 1e9;
  const dbKink =
    rag.readsPerQuery > 0 ? (rag.vectorDbMinimum - rag.storageMonthly) / (DAYS_PER_MONTH * rag.readsPerQuery) : Infinity;
  const a = x.assumptions;
  const kinks = [dbKink, servingKink(a, a.promptTokens + a.outputTokens)].filter((k) => k > lo && k < hi);
  const points = [lo, ...kinks.sort((p, q) => p - q), hi];
  let q0 = points[0]!;
  let d0 = diff(q0);
  if (d0 === 0) return q0;
  for (const q1 of points.slice(1)) {
    const d1 = diff(q1);
    if (d1 === 0) return q1;
    if (d0 < 0 !== d1 < 0) return q0 + ((q1 - q0) * d0) / (d0 - d1);
    q0 = q1;
    d0 = d1;
  }
  return null;
}

/** What each approach costs up front; the hybrid's parts too, for its breakdown. */
function upfrontCosts(x: ModelInputs, rag: RagParts, ft: FtParts) {
  const a = x.assumptions;
  const ragUpfront = rag.upfrontEmbeddings + rag.upfrontPeople;
  const styleTokens = Math.min(ft.trainingTokens, a.hybridStyleTokens);
  const styleShare = ft.trainingTokens > 0 ? styleTokens / ft.trainingTokens : 0;
  const hybridPrep = ft.prep(styleShare);
  const hybridTraining = a.experimentRuns * ft.train(styleTokens);
  const hybridExtraPeople = a.hybridExtraSetupHours * a.engineerRate;
  return {
    rag: ragUpfront,
    ft: ft.upfrontPrep + ft.upfrontTraining + ft.upfrontPeople,
    hybrid: ragUpfront + hybridPrep + hybridTraining + hybridExtraPeople,
    hybridPrep,
    hybridTraining,
    hybridExtraPeople,
  };
}

/** The first month m ≥ 1 at which the approach that cost more at month 0 costs the same or less. */
function breakEvenMonth(series: SeriesPoint[]): number | null {
  const start = series[0]!;
  if (start.rag === start.ft) return null;
  const ragLeadsAtStart = start.rag > start.ft;
  for (let m = 1; m < series.length; m++) {
    const p = series[m]!;
    if (ragLeadsAtStart ? p.rag <= p.ft : p.ft <= p.rag) return m;
  }
  return null;
}

const latencyModelOf = (x: ModelInputs): LatencyModel => (x.pricing && priceSet(x.pricing)?.latency) || V1_LATENCY;

export function estimate(x: ModelInputs): Estimate {
  const a = x.assumptions;
  const h = x.horizonMonths;
  const rate = a.engineerRate;
  const latencyModel = latencyModelOf(x);
  const lc = hasLongContext(x) ? lcParts(x, latencyModel) : null;
  const lcCost = lc && !isInfeasible(lc) ? lc : null;
  const rag = ragParts(x, a.baseIn, a.baseOut);
  const hyb = ragParts(x, a.ftIn, a.ftOut);
  const ft = ftParts(x);
  const { Qm, ragMonthly, hybridMonthly, ftMonthly, ftServing, hybridServing } = monthlyRunning(x, rag, hyb, ft, x.queriesPerDay);

  const {
    rag: ragUpfront,
    ft: ftUpfront,
    hybrid: hybridUpfront,
    hybridPrep,
    hybridTraining,
    hybridExtraPeople,
  } = upfrontCosts(x, rag, ft);

  // Series
  const series: SeriesPoint[] = new Array(h + 1);
  for (let m = 0; m <= h; m++) {
    series[m] = {
      month: m,
      rag: ragUpfront + m * ragMonthly,
      ft: ftUpfront + m * ftMonthly + retrainsBy(m, ft.retrainsPerMonth) * ft.retrainCost,
      hybrid: hybridUpfront + m * hybridMonthly,
    };
    if (lcCost) series[m]!.lc = lcCost.upfront + m * (lcCost.inferenceMonthly + lcCost.peopleMonthly);
  }
  const end = series[h]!;
  const retrainsByHorizon = retrainsBy(h, ft.retrainsPerMonth);

  // Breakdowns over the horizon
  const ragBreakdown = zeroBreakdown();
  ragBreakdown.people = rag.upfrontPeople + h * rag.peopleMonthly;
  ragBreakdown.inference = h * Qm * rag.llmPerQuery;
  ragBreakdown.embeddings = rag.upfrontEmbeddings + h * (Qm * rag.embedPerQuery + rag.updateEmbeddingsMonthly);
  ragBreakdown.vectorDatabase = h * vectorDbMonthly(rag, Qm);

  const ftBreakdown = zeroBreakdown();
  ftBreakdown.people = ft.upfrontPeople + h * ft.peopleMonthly;
  ftBreakdown.dataPreparation = ft.upfrontPrep;
  ftBreakdown.training = ft.upfrontTraining;
  ftBreakdown.inference = h * (Qm * ft.perQuery + ftServing);
  ftBreakdown.retraining = retrainsByHorizon * ft.retrainCost;

  const hybridBreakdown = zeroBreakdown();
  hybridBreakdown.people = rag.upfrontPeople + hybridExtraPeople + h * (hyb.peopleMonthly + a.hybridExtraMaintHours * rate);
  hybridBreakdown.dataPreparation = hybridPrep;
  hybridBreakdown.training = hybridTraining;
  hybridBreakdown.inference = h * (Qm * hyb.llmPerQuery + hybridServing);
  hybridBreakdown.embeddings = hyb.upfrontEmbeddings + h * (Qm * hyb.embedPerQuery + hyb.updateEmbeddingsMonthly);
  hybridBreakdown.vectorDatabase = h * vectorDbMonthly(hyb, Qm);

  const ftLatency = latency(latencyModel, a.promptTokens, null);
  const ragLatency = latency(latencyModel, a.promptTokens, rag.contextTokens);
  const ftStaleness =
    x.updatesPerMonth === 0
      ? 0
      : Math.min(MAX_STALENESS_HOURS, HOURS_PER_MONTH / ft.retrainsPerMonth / 2 + a.trainingTurnaroundHours);

  const approach = (
    upfront: number,
    total: number,
    breakdown: Record<CostCategory, number>,
    perQuery: number,
    latencyMs: Range,
    stalenessHours: number,
  ): ApproachEstimate => ({ upfront, monthly: (total - upfront) / h, total, breakdown, perQuery, latencyMs, stalenessHours });

  const approaches: Estimate["approaches"] = {
    rag: approach(
      ragUpfront,
      end.rag,
      ragBreakdown,
      rag.llmPerQuery + rag.embedPerQuery + rag.readsPerQuery,
      ragLatency,
      a.reindexLagHours,
    ),
    ft: approach(ftUpfront, end.ft, ftBreakdown, ft.perQuery, ftLatency, ftStaleness),
    hybrid: approach(
      hybridUpfront,
      end.hybrid,
      hybridBreakdown,
      hyb.llmPerQuery + hyb.embedPerQuery + hyb.readsPerQuery,
      ragLatency,
      a.reindexLagHours,
    ),
  };

  let cheapest: Approach = "rag";
  if (end.ft < end[cheapest]) cheapest = "ft";
  if (end.hybrid < end[cheapest]) cheapest = "hybrid";

  const v3: Pick<Estimate, "longContext" | "cheapestOverall"> = {};
  if (lc) {
    let cheapestOverall: AnyApproach = cheapest;
    if (lcCost) {
      const lcBreakdown = zeroBreakdown();
      lcBreakdown.people = lcCost.upfrontPeople + h * lcCost.peopleMonthly;
      lcBreakdown.inference = lcCost.firstWrite + h * lcCost.inferenceMonthly;
      approaches.lc = approach(lcCost.upfront, end.lc!, lcBreakdown, lcCost.perQuery, lcCost.latencyMs, lcCost.stalenessHours);
      // On a tie the older approach stays the answer (rag, ft, hybrid, then lc).
      if (end.lc! < end[cheapest]) cheapestOverall = "lc";
    }
    v3.longContext = lcCost ? lcCost.info : (lc as LongContextInfeasible);
    v3.cheapestOverall = cheapestOverall;
  }

  return {
    approaches,
    fineTune: {
      retrainsPerMonth: ft.retrainsPerMonth,
      retrainCost: ft.retrainCost,
      retrainsByHorizon,
      trainingTokens: ft.trainingTokens,
    },
    series,
    breakEven: {
      month: breakEvenMonth(series),
      queriesPerDay: breakEvenVolume(x, rag, hyb, ft, ragUpfront, ftUpfront),
    },
    cheapest,
    ...v3,
  };
}

/**
 * Totals at the horizon only, for maps and sensitivity sweeps that need thousands of estimates:
 * the same formulas as `estimate`, without the series, breakdowns and break-evens.
 */
export function totalsAtHorizon(x: ModelInputs): Record<Approach, number> & { lc?: number } {
  const a = x.assumptions;
  const h = x.horizonMonths;
  const rag = ragParts(x, a.baseIn, a.baseOut);
  const hyb = ragParts(x, a.ftIn, a.ftOut);
  const ft = ftParts(x);
  const { ragMonthly, hybridMonthly, ftMonthly } = monthlyRunning(x, rag, hyb, ft, x.queriesPerDay);
  const upfront = upfrontCosts(x, rag, ft);
  const totals: Record<Approach, number> & { lc?: number } = {
    rag: upfront.rag + h * ragMonthly,
    ft: upfront.ft + h * ftMonthly + retrainsBy(h, ft.retrainsPerMonth) * ft.retrainCost,
    hybrid: upfront.hybrid + h * hybridMonthly,
  };
  if (hasLongContext(x)) {
    const lc = lcParts(x, latencyModelOf(x));
    if (!isInfeasible(lc)) totals.lc = lc.upfront + h * (lc.inferenceMonthly + lc.peopleMonthly);
  }
  return totals;
}
