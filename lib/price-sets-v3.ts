/**
 * The price sets of cost model v3, December 2026's data version (checked 2026-12-02, issue 18): the
 * four v2 offers re-checked, with the corrections of docs/pricing-research.md ("2026-12 re-check for
 * model v3"), and each base model's context window and prompt-caching terms, which long context
 * (v3's fourth approach) needs. Numbers only; where each was read, with the sentence itself, is in
 * price-set-docs-v3.ts. v1's and v2's sets are untouched: a new price is a new set.
 *
 * Cache prices are shares of the base model's input price (cacheReadShare 0.1 means 90% off), the
 * way providers state them; storage is USD per 1M tokens per hour, where the provider bills it.
 */
import type { Assumptions } from "./assumptions";
import type { PriceSet } from "./price-set-types";
import {
  QWEN3_8B_H100_TOKENS_PER_SECOND,
  RETRIEVAL_LATENCY,
  RETRIEVAL_VALUES,
  selfHostedServerMonthlyV2,
  selfHostedTrainPriceV2,
  togetherServerMonthly,
} from "./price-sets-v2";

/** The day every page behind these numbers was read (or re-read). */
export const V3_CHECKED = "2026-12-02";

/** The v3 sets' ids: v2's with the data version's month, so a v2 link naming a v2 set never changes. */
export const V3_PRICE_SET_IDS = [
  "bedrock-nova-micro-2026-12",
  "vertex-gemini-3-5-flash-lite-2026-12",
  "together-qwen3-8b-dedicated-2026-12",
  "runpod-qwen3-8b-lora-2026-12",
] as const;
export type V3PriceSetId = (typeof V3_PRICE_SET_IDS)[number];

type V3PriceSet = PriceSet & { id: V3PriceSetId };

/**
 * RunPod's list prices moved between August and November 2026 (dated transcriptions): H100 SXM
 * Secure $3.29 → $3.49 → $3.99 an hour, A100 SXM Secure $1.59 → $1.79. The sets use the latest; the
 * range is shown beside them.
 */
export const RUNPOD_PRICE_HISTORY = {
  h100: [
    { date: "2026-08-19", usdPerHour: 3.29 },
    { date: "2026-09-25", usdPerHour: 3.49 },
    { date: "2026-10-19", usdPerHour: 3.99 },
  ],
  a100: [
    { date: "2026-08-19", usdPerHour: 1.59 },
    { date: "2026-10-19", usdPerHour: 1.79 },
  ],
} as const;

/**
 * Together's Qwen3.5 9B serverless price, per 1M tokens: two secondary sources disagree, $0.10 / $0.15
 * (Together as a Hugging Face inference provider) and $0.17 / $0.25 (LiteLLM's catalogue test for
 * Together's own API). We use the higher pair: it is Together's own channel, which a RAG built on
 * Together calls, and it does not flatter the approaches that pay it (RAG and long context).
 */
export const TOGETHER_QWEN35_9B = { in: 0.17, out: 0.25, disputed: { in: 0.1, out: 0.15 } } as const;

/** Long-context terms no provider states for a model: the v3 defaults, each marked unconfirmed in the docs. */
const NO_CACHE_DISCOUNT = { cacheReadShare: 1, cacheWriteShare: 1, cacheStoragePrice: 0 } as const satisfies Partial<Assumptions>;

const BEDROCK_NOVA_MICRO_2026_12: V3PriceSet = {
  id: "bedrock-nova-micro-2026-12",
  version: 3,
  name: {
    zh: "Amazon Bedrock · Nova Micro（微调后按需调用，2026 年 12 月）",
    en: "Amazon Bedrock · Nova Micro (tuned, on demand; December 2026)",
  },
  status: "current",
  asOf: V3_CHECKED,
  values: {
    baseIn: 0.035,
    baseOut: 0.14,
    ftIn: 0.035,
    ftOut: 0.14,
    trainPrice: 1,
    ftHostingMonthly: 1.95,
    ftServerMonthly: 0,
    ftServerTokensPerSecond: 0,
    ...RETRIEVAL_VALUES,
    contextWindow: 128_000,
    cacheReadShare: 0.25,
    cacheWriteShare: 1,
    cacheStoragePrice: 0,
    cacheTtlMinutes: 5,
    cacheMinTokens: 1_000,
  },
  latency: {
    // 300 ms: the base model's median first token on a gateway; 639 ms: the tuned model's cold start (AWS's blog).
    ttftMs: { low: 300, high: 639 },
    prefillTokensPerSecond: { low: 20_000, high: 5_000 },
    ...RETRIEVAL_LATENCY,
  },
};

const VERTEX_GEMINI_35_FLASH_LITE_2026_12: V3PriceSet = {
  id: "vertex-gemini-3-5-flash-lite-2026-12",
  version: 3,
  name: {
    zh: "Vertex AI · Gemini 3.5 Flash-Lite（上一代，监督微调，2026 年 12 月）",
    en: "Vertex AI · Gemini 3.5 Flash-Lite (previous generation, supervised tuning; December 2026)",
  },
  status: "current",
  asOf: V3_CHECKED,
  values: {
    baseIn: 0.3,
    baseOut: 2.5,
    ftIn: 0.3,
    ftOut: 2.5,
    trainPrice: 5,
    ftHostingMonthly: 0,
    ftServerMonthly: 0,
    ftServerTokensPerSecond: 0,
    ...RETRIEVAL_VALUES,
    contextWindow: 1_048_576,
    cacheReadShare: 0.1,
    cacheWriteShare: 1,
    cacheStoragePrice: 1,
    cacheTtlMinutes: 60,
    cacheMinTokens: 2_048,
  },
  latency: {
    ttftMs: { low: 300, high: 1_000 },
    prefillTokensPerSecond: { low: 20_000, high: 5_000 },
    ...RETRIEVAL_LATENCY,
  },
};

const QWEN3_8B_LATENCY = {
  ttftMs: { low: 50, high: 250 },
  prefillTokensPerSecond: { low: 50_000, high: 10_000 },
  ...RETRIEVAL_LATENCY,
};

const TOGETHER_QWEN3_8B_2026_12: V3PriceSet = {
  id: "together-qwen3-8b-dedicated-2026-12",
  version: 3,
  name: {
    zh: "Together AI · Qwen3 8B LoRA（专用端点，2026 年 12 月）",
    en: "Together AI · Qwen3 8B LoRA (dedicated endpoint; December 2026)",
  },
  status: "current",
  asOf: V3_CHECKED,
  values: {
    baseIn: TOGETHER_QWEN35_9B.in,
    baseOut: TOGETHER_QWEN35_9B.out,
    ftIn: 0,
    ftOut: 0,
    trainPrice: 0.48,
    ftHostingMonthly: 0,
    ftServerMonthly: togetherServerMonthly,
    ftServerTokensPerSecond: QWEN3_8B_H100_TOKENS_PER_SECOND,
    ...RETRIEVAL_VALUES,
    contextWindow: 262_144,
    ...NO_CACHE_DISCOUNT,
    cacheTtlMinutes: 5,
    cacheMinTokens: 0,
  },
  latency: QWEN3_8B_LATENCY,
};

const RUNPOD_QWEN3_8B_2026_12: V3PriceSet = {
  id: "runpod-qwen3-8b-lora-2026-12",
  version: 3,
  name: {
    zh: "自托管 · Qwen3 8B LoRA（RunPod 按需 GPU，2026 年 12 月）",
    en: "Self-hosted · Qwen3 8B LoRA (RunPod on-demand GPUs; December 2026)",
  },
  status: "current",
  asOf: V3_CHECKED,
  values: {
    baseIn: 0.2,
    baseOut: 0.2,
    ftIn: 0,
    ftOut: 0,
    trainPrice: selfHostedTrainPriceV2,
    ftHostingMonthly: 0,
    ftServerMonthly: selfHostedServerMonthlyV2,
    ftServerTokensPerSecond: QWEN3_8B_H100_TOKENS_PER_SECOND,
    ...RETRIEVAL_VALUES,
    contextWindow: 32_768,
    cacheReadShare: 0.5,
    cacheWriteShare: 1,
    cacheStoragePrice: 0,
    cacheTtlMinutes: 5,
    cacheMinTokens: 0,
  },
  latency: QWEN3_8B_LATENCY,
};

/** The price sets of model v3: the unpinned default first. */
export const V3_PRICE_SETS: readonly V3PriceSet[] = [
  BEDROCK_NOVA_MICRO_2026_12,
  VERTEX_GEMINI_35_FLASH_LITE_2026_12,
  TOGETHER_QWEN3_8B_2026_12,
  RUNPOD_QWEN3_8B_2026_12,
];
