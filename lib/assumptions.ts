/**
 * The defaults of the v1 cost model as data: one row per input, with its URL name, default and
 * range. The words about each row (unit, labels, explanation, source and date) are the same table's
 * other half, in assumption-docs.ts, keyed by the same names: the numbers here are what permalinks
 * depend on, and the codec ships them to every page; the words are read only where they are shown.
 *
 * This table feeds the model, the scenario codec, the assumptions panel and the methodology page.
 * v1 values are frozen: a permalink with v=1 must reproduce its numbers forever. A new default is a
 * new model version with a migration (see scenario.ts), never an edit here.
 */
import type { Text } from "./i18n-text";

export type AssumptionGroup = "shared" | "rag" | "ft" | "hybrid" | "lc";
/** The groups pages show and name (long context's, v3, joins them when the pages read v3). */
export type ShownAssumptionGroup = Exclude<AssumptionGroup, "lc">;

export interface Source {
  /** Vendor page the value was checked against; absent for our own reasoned estimates. */
  url?: string;
  /** ISO date on which the value was checked against the source. */
  asOf: string;
  note?: Text;
}

/** What a permalink depends on: the URL name, the default and the range. Frozen for v1. */
export interface ParamRange {
  /** Short name used in the query string. */
  url: string;
  value: number;
  min: number;
  max: number;
  integer?: boolean;
}

/** What a person reads about a value: unit, label, explanation, source. Free to improve. */
export interface ParamDoc {
  unit: Text;
  label: Text;
  help: Text;
  source?: Source;
}

export type ParamSpec = ParamRange & ParamDoc;

export interface AssumptionSpec extends ParamRange {
  group: AssumptionGroup;
  /**
   * How sure we are: the factors that take this value to its optimistic (cheaper) and pessimistic
   * (dearer) end, applied to whatever value is in use (a preset's, or the reader's own). The
   * reasons are in assumption-docs.ts. These do not change any estimate, only the bands around it.
   */
  range: readonly [optimistic: number, pessimistic: number];
  /**
   * The model version that introduced this key (absent: v1). A link of an earlier version that
   * names it gets an unknown-param warning, as before the key existed, and the key has no effect.
   */
  since?: 3;
}

const tokens: Text = { zh: "tokens", en: "tokens" };

/** The four workload inputs, driven by the primary sliders. */
export const workloadSpecs = {
  queriesPerDay: {
    url: "q",
    value: 5_000,
    min: 1,
    max: 100_000_000,
    unit: { zh: "次 / 天", en: "queries / day" },
    label: { zh: "每日请求量", en: "Queries per day" },
    help: { zh: "每天回答的问题数", en: "Questions answered per day" },
  },
  updatesPerMonth: {
    url: "u",
    value: 4,
    min: 0,
    max: 720,
    unit: { zh: "次 / 月", en: "updates / month" },
    label: { zh: "知识更新频率", en: "Knowledge updates" },
    help: {
      zh: "知识库多久变化一次（0 表示从不更新）",
      en: "How often the knowledge changes (0 means never)",
    },
  },
  corpusTokens: {
    url: "d",
    value: 20_000_000,
    min: 10_000,
    max: 10_000_000_000,
    unit: tokens,
    label: { zh: "知识库规模", en: "Knowledge base" },
    help: {
      zh: "知识库的 token 数（约 500 tokens 一页）",
      en: "Size of the knowledge base in tokens (about 500 tokens a page)",
    },
  },
  horizonMonths: {
    url: "h",
    value: 24,
    min: 1,
    max: 60,
    integer: true,
    unit: { zh: "个月", en: "months" },
    label: { zh: "时间跨度", en: "Time horizon" },
    help: { zh: "图表显示并累计的月数", en: "Months shown and totalled" },
  },
} as const satisfies Record<string, ParamSpec>;

export type WorkloadKey = keyof typeof workloadSpecs;

export const assumptionSpecs = {
  // ── Shared ────────────────────────────────────────────────────────────────────────────
  promptTokens: {
    range: [0.5, 2.5],
    group: "shared",
    url: "pt",
    value: 400,
    min: 1,
    max: 200_000,
  },
  questionTokens: {
    range: [0.5, 3],
    group: "shared",
    url: "qt",
    value: 50,
    min: 1,
    max: 100_000,
  },
  outputTokens: {
    range: [0.5, 2.5],
    group: "shared",
    url: "ot",
    value: 300,
    min: 1,
    max: 100_000,
  },
  changeFraction: {
    range: [0.25, 5],
    group: "shared",
    url: "cf",
    value: 0.02,
    min: 0,
    max: 1,
  },
  engineerRate: {
    range: [0.5, 2],
    group: "shared",
    url: "er",
    value: 100,
    min: 0,
    max: 10_000,
  },
  baseIn: {
    range: [0.67, 2],
    group: "shared",
    url: "bi",
    value: 0.15,
    min: 0,
    max: 1_000,
  },
  baseOut: {
    range: [0.67, 2],
    group: "shared",
    url: "bo",
    value: 0.6,
    min: 0,
    max: 1_000,
  },
  // ── RAG ───────────────────────────────────────────────────────────────────────────────
  embedPrice: {
    range: [0.5, 6.5],
    group: "rag",
    url: "emb",
    value: 0.02,
    min: 0,
    max: 100,
  },
  chunkTokens: {
    range: [0.6, 2],
    group: "rag",
    url: "ck",
    value: 500,
    min: 16,
    max: 100_000,
  },
  topK: {
    range: [0.6, 2],
    group: "rag",
    url: "k",
    value: 5,
    min: 1,
    max: 100,
    integer: true,
  },
  vectorDims: {
    range: [0.5, 2],
    group: "rag",
    url: "vd",
    value: 1536,
    min: 1,
    max: 100_000,
    integer: true,
  },
  metadataBytes: {
    range: [0.25, 4],
    group: "rag",
    url: "mb",
    value: 1024,
    min: 0,
    max: 1_000_000,
  },
  storagePrice: {
    range: [0.75, 1.5],
    group: "rag",
    url: "sp",
    value: 0.33,
    min: 0,
    max: 100,
  },
  readPrice: {
    range: [0.5, 1.5],
    group: "rag",
    url: "rp",
    value: 16,
    min: 0,
    max: 1_000,
  },
  vectorDbMinimum: {
    range: [0.4, 2],
    group: "rag",
    url: "vm",
    value: 50,
    min: 0,
    max: 100_000,
  },
  ragSetupHours: {
    range: [0.5, 2.5],
    group: "rag",
    url: "rs",
    value: 80,
    min: 0,
    max: 100_000,
  },
  ragMaintHours: {
    range: [0.5, 4],
    group: "rag",
    url: "rm",
    value: 4,
    min: 0,
    max: 10_000,
  },
  ragMaintHoursPerUpdate: {
    range: [0.2, 5],
    group: "rag",
    url: "rmu",
    value: 0.1,
    min: 0,
    max: 1_000,
  },
  reindexLagHours: {
    range: [0.2, 16],
    group: "rag",
    url: "rl",
    value: 0.25,
    min: 0,
    max: 10_000,
  },
  // ── Fine-tuning ───────────────────────────────────────────────────────────────────────
  ftIn: {
    range: [0.5, 2],
    group: "ft",
    url: "fi",
    value: 0.3,
    min: 0,
    max: 1_000,
  },
  ftOut: {
    range: [0.5, 2],
    group: "ft",
    url: "fo",
    value: 1.2,
    min: 0,
    max: 1_000,
  },
  trainPrice: {
    range: [0.33, 2],
    group: "ft",
    url: "tp",
    value: 3,
    min: 0,
    max: 1_000,
  },
  trainExpansion: {
    range: [0.4, 3],
    group: "ft",
    url: "tx",
    value: 0.5,
    min: 0.001,
    max: 100,
  },
  exampleTokens: {
    range: [2, 0.5],
    group: "ft",
    url: "xt",
    value: 500,
    min: 1,
    max: 100_000,
  },
  reviewFraction: {
    range: [0.2, 4],
    group: "ft",
    url: "rf",
    value: 0.05,
    min: 0,
    max: 1,
  },
  reviewCost: {
    range: [0.3, 3],
    group: "ft",
    url: "rc",
    value: 1,
    min: 0,
    max: 1_000,
  },
  epochs: {
    range: [0.67, 1.67],
    group: "ft",
    url: "epo",
    value: 3,
    min: 1,
    max: 100,
    integer: true,
  },
  experimentRuns: {
    range: [0.34, 2],
    group: "ft",
    url: "xr",
    value: 3,
    min: 1,
    max: 1_000,
    integer: true,
  },
  ftSetupHours: {
    range: [0.5, 2.5],
    group: "ft",
    url: "fs",
    value: 120,
    min: 0,
    max: 100_000,
  },
  maxRetrainsPerMonth: {
    range: [0.25, 2],
    group: "ft",
    url: "mr",
    value: 4,
    min: 0.01,
    max: 720,
  },
  replayFraction: {
    range: [0.5, 3],
    group: "ft",
    url: "rpf",
    value: 0.1,
    min: 0,
    max: 10,
  },
  evalHoursPerRetrain: {
    range: [0.25, 3],
    group: "ft",
    url: "eh",
    value: 4,
    min: 0,
    max: 10_000,
  },
  ftMaintHours: {
    range: [0.5, 4],
    group: "ft",
    url: "fm",
    value: 4,
    min: 0,
    max: 10_000,
  },
  trainingTurnaroundHours: {
    range: [0.2, 3],
    group: "ft",
    url: "tt",
    value: 24,
    min: 0,
    max: 10_000,
  },
  ftServerMonthly: {
    group: "ft",
    url: "fsm",
    value: 0,
    range: [0.7, 1.5],
    min: 0,
    max: 10_000_000,
  },
  ftServerTokensPerSecond: {
    group: "ft",
    url: "fst",
    value: 0,
    range: [1.5, 0.5],
    min: 0,
    max: 10_000_000,
  },
  ftHostingMonthly: {
    group: "ft",
    url: "fhm",
    value: 0,
    range: [0.5, 2],
    min: 0,
    max: 10_000_000,
  },
  // ── Hybrid ────────────────────────────────────────────────────────────────────────────
  hybridStyleTokens: {
    range: [0.25, 5],
    group: "hybrid",
    url: "hs",
    value: 2_000_000,
    min: 0,
    max: 10_000_000_000,
  },
  hybridExtraSetupHours: {
    range: [0.5, 2],
    group: "hybrid",
    url: "hxs",
    value: 60,
    min: 0,
    max: 100_000,
  },
  hybridExtraMaintHours: {
    range: [0.5, 3],
    group: "hybrid",
    url: "hxm",
    value: 2,
    min: 0,
    max: 10_000,
  },
  // ── Long context with prompt caching (model v3) ───────────────────────────────────────
  contextWindow: {
    since: 3,
    range: [1, 1],
    group: "lc",
    url: "cw",
    // 0: the price set states no window, so long context is not offered until the reader sets one.
    value: 0,
    min: 0,
    max: 100_000_000,
    integer: true,
  },
  cacheReadShare: {
    since: 3,
    range: [0.5, 2],
    group: "lc",
    url: "crs",
    // 1: no cache discount unless the price set states one.
    value: 1,
    min: 0,
    max: 10,
  },
  cacheWriteShare: {
    since: 3,
    range: [0.8, 1.5],
    group: "lc",
    url: "cws",
    value: 1,
    min: 0,
    max: 10,
  },
  cacheStoragePrice: {
    since: 3,
    range: [0.5, 2],
    group: "lc",
    url: "csp",
    value: 0,
    min: 0,
    max: 1_000,
  },
  cacheTtlMinutes: {
    since: 3,
    range: [2, 0.5],
    group: "lc",
    url: "ttl",
    value: 5,
    min: 0,
    max: 1_000_000,
  },
  cacheMinTokens: {
    since: 3,
    range: [1, 1],
    group: "lc",
    url: "cmt",
    value: 0,
    min: 0,
    max: 10_000_000,
    integer: true,
  },
  lcSetupHours: {
    since: 3,
    range: [0.5, 2.5],
    group: "lc",
    url: "lcs",
    value: 40,
    min: 0,
    max: 100_000,
  },
  lcMaintHours: {
    since: 3,
    range: [0.5, 4],
    group: "lc",
    url: "lcm",
    value: 2,
    min: 0,
    max: 10_000,
  },
  lcCachedPrefillShare: {
    since: 3,
    range: [0.5, 5],
    group: "lc",
    url: "lcp",
    value: 0.2,
    min: 0,
    max: 1,
  },
} as const satisfies Record<string, AssumptionSpec>;

export type AssumptionKey = keyof typeof assumptionSpecs;
export type Assumptions = Record<AssumptionKey, number>;

export const ASSUMPTION_KEYS = Object.keys(assumptionSpecs) as AssumptionKey[];
export const WORKLOAD_KEYS = Object.keys(workloadSpecs) as WorkloadKey[];
/** The groups pages show (long context's joins them when the pages read model v3). */
export const ASSUMPTION_GROUPS: readonly ShownAssumptionGroup[] = ["shared", "rag", "ft", "hybrid"];
/** Every group, long context's included. */
export const ALL_ASSUMPTION_GROUPS: readonly AssumptionGroup[] = [...ASSUMPTION_GROUPS, "lc"];

/** The version that introduced a key (1 for v1's keys). */
export const sinceOf = (k: AssumptionKey): number => {
  const spec: AssumptionSpec = assumptionSpecs[k];
  return spec.since ?? 1;
};
/** The assumption keys a link of a model version knows. */
export const assumptionKeysOf = (version: number): AssumptionKey[] => ASSUMPTION_KEYS.filter((k) => sinceOf(k) <= version);

export const defaultAssumptions: Readonly<Assumptions> = Object.freeze(
  Object.fromEntries(ASSUMPTION_KEYS.map((k) => [k, assumptionSpecs[k].value])) as Assumptions,
);

/** Named stops of the update-frequency slider, as written in URLs (`u=quarterly`). */
export const UPDATE_STOPS = [
  { name: "never", value: 0, label: { zh: "从不", en: "never" } },
  { name: "yearly", value: 1 / 12, label: { zh: "每年", en: "yearly" } },
  { name: "quarterly", value: 1 / 3, label: { zh: "每季度", en: "quarterly" } },
  { name: "monthly", value: 1, label: { zh: "每月", en: "monthly" } },
  { name: "weekly", value: 4, label: { zh: "每周", en: "weekly" } },
  { name: "daily", value: 30, label: { zh: "每天", en: "daily" } },
  { name: "hourly", value: 720, label: { zh: "每小时", en: "hourly" } },
] as const;

export const DAYS_PER_MONTH = 30.4375; // 365.25 / 12
export const HOURS_PER_MONTH = 730.5;
export const TOKENS_PER_PAGE = 500;
/** The article's quoted typical response times, in ms. */
export const ARTICLE_LATENCY_MS = { ft: { low: 50, high: 200 }, rag: { low: 200, high: 800 } } as const;
