/**
 * The price sets of cost model v2, checked on 2026-11-24 and retired on 2026-12-02, when model v3's
 * December re-check replaced them (numbers unchanged: v2 links keep them): the numbers only (the
 * model and the codec need them in the browser). The first set is v2's default, the set of a v2 link
 * without p: an offer a new customer could buy on that day, with RAG's base model and the tuned
 * model from the same provider and model family.
 * Where each number was read, with the sentence itself, is in price-set-docs-v2.ts; the research
 * notes, with the candidates rejected, in docs/pricing-research.md.
 *
 * All four sets share one retrieval stack (OpenAI text-embedding-3-small and Pinecone serverless on
 * the Standard plan), so comparing two sets compares their LLM side only.
 */
import { HOURS_PER_MONTH, type Assumptions } from "./assumptions";
import type { PriceSet } from "./price-set-types";

/** The day every page behind these numbers was read. */
export const V2_CHECKED = "2026-11-24";

/** The day model v3's December re-check of these four offers replaced them (price-sets-v3.ts). */
export const V2_RETIRED = "2026-12-02";

/** The shared retrieval stack: text-embedding-3-small + Pinecone serverless (Standard). */
export const RETRIEVAL_VALUES = {
  embedPrice: 0.02,
  vectorDims: 1536,
  storagePrice: 0.33,
  readPrice: 16,
  vectorDbMinimum: 50,
} as const satisfies Partial<Assumptions>;

/** Query embedding and vector search, the same for every set (they depend on the shared stack). */
export const RETRIEVAL_LATENCY = {
  embeddingMs: { low: 200, high: 500 },
  vectorSearchMs: { low: 50, high: 100 },
} as const;

/**
 * Amazon Nova Micro on demand, us-east-1, per 1M tokens: the price list's $0.000035 / $0.00014 per 1K
 * tokens × 1,000, written out so that the link defaults are exact decimals.
 */
const NOVA_PER_1M = { in: 0.035, out: 0.14 } as const;

/**
 * Serving throughput of one H100 80GB: Qwen3-8B bf16 on vLLM 0.30.0, chat workload (128 in / 128
 * out), at the most concurrent users that meet p99 TTFT ≤ 2 s and median inter-token latency ≤ 50 ms
 * (silybench run 20260924T125045Z), input plus output tokens per second, rounded down.
 */
export const QWEN3_8B_H100_TOKENS_PER_SECOND = 29_079;

/** Qwen3-8B served on one H100 (Together's endpoint or our own): light-load first token and prefill. */
const QWEN3_8B_LATENCY = {
  ttftMs: { low: 50, high: 250 },
  prefillTokensPerSecond: { low: 50_000, high: 10_000 },
  ...RETRIEVAL_LATENCY,
};

/** Together AI's dedicated endpoint, one H100, USD per hour (low end of the listed range). */
export const TOGETHER_H100_HOURLY = 3.99;
export const togetherServerMonthly = TOGETHER_H100_HOURLY * HOURS_PER_MONTH;

/**
 * Self-hosted Qwen3-8B: LoRA training on one A100 80GB, serving on one H100 80GB, both RunPod Secure
 * Cloud on-demand (non-interruptible) list prices as transcribed on 2026-11-09.
 */
export const SELF_HOSTED_V2 = {
  trainGpuHourly: 1.79,
  serveGpuHourly: 3.99,
  /** Qwen-7B LoRA, one A100-SXM4-80G, FlashAttention-2, 2,048-token sequences, batch 1 × accumulation 8. */
  secondsPerStep: 5.2,
  tokensPerStep: 8 * 2048,
} as const;
/** Training tokens per second: 8 × 2,048 tokens per 5.2 s step. */
export const selfHostedTrainTokensPerSecond = SELF_HOSTED_V2.tokensPerStep / SELF_HOSTED_V2.secondsPerStep;
/** USD per 1M training tokens: the GPU hour over the tokens trained in that hour. */
export const selfHostedTrainPriceV2 = (SELF_HOSTED_V2.trainGpuHourly / (selfHostedTrainTokensPerSecond * 3600)) * 1e6;
/** One serving GPU all month. */
export const selfHostedServerMonthlyV2 = SELF_HOSTED_V2.serveGpuHourly * HOURS_PER_MONTH;

const BEDROCK_NOVA_MICRO: PriceSet = {
  id: "bedrock-nova-micro",
  version: 2,
  name: { zh: "Amazon Bedrock · Nova Micro（微调后按需调用）", en: "Amazon Bedrock · Nova Micro (tuned, on demand)" },
  status: "retired",
  asOf: V2_CHECKED,
  retiredOn: V2_RETIRED,
  values: {
    baseIn: NOVA_PER_1M.in,
    baseOut: NOVA_PER_1M.out,
    ftIn: NOVA_PER_1M.in,
    ftOut: NOVA_PER_1M.out,
    trainPrice: 1,
    ftHostingMonthly: 1.95,
    ftServerMonthly: 0,
    ftServerTokensPerSecond: 0,
    ...RETRIEVAL_VALUES,
  },
  latency: {
    ttftMs: { low: 210, high: 330 },
    prefillTokensPerSecond: { low: 20_000, high: 5_000 },
    ...RETRIEVAL_LATENCY,
  },
};

const VERTEX_GEMINI_35_FLASH_LITE: PriceSet = {
  id: "vertex-gemini-3-5-flash-lite",
  version: 2,
  name: { zh: "Vertex AI · Gemini 3.5 Flash-Lite（监督微调）", en: "Vertex AI · Gemini 3.5 Flash-Lite (supervised tuning)" },
  status: "retired",
  asOf: V2_CHECKED,
  retiredOn: V2_RETIRED,
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
  },
  latency: {
    ttftMs: { low: 300, high: 1_000 },
    prefillTokensPerSecond: { low: 20_000, high: 5_000 },
    ...RETRIEVAL_LATENCY,
  },
};

const TOGETHER_QWEN3_8B: PriceSet = {
  id: "together-qwen3-8b-dedicated",
  version: 2,
  name: { zh: "Together AI · Qwen3 8B LoRA（专用端点）", en: "Together AI · Qwen3 8B LoRA (dedicated endpoint)" },
  status: "retired",
  asOf: V2_CHECKED,
  retiredOn: V2_RETIRED,
  values: {
    baseIn: 0.1,
    baseOut: 0.15,
    ftIn: 0,
    ftOut: 0,
    trainPrice: 0.48,
    ftHostingMonthly: 0,
    ftServerMonthly: togetherServerMonthly,
    ftServerTokensPerSecond: QWEN3_8B_H100_TOKENS_PER_SECOND,
    ...RETRIEVAL_VALUES,
  },
  latency: QWEN3_8B_LATENCY,
};

const SELF_HOSTED_QWEN3_8B: PriceSet = {
  id: "runpod-qwen3-8b-lora",
  version: 2,
  name: { zh: "自托管 · Qwen3 8B LoRA（RunPod 按需 GPU）", en: "Self-hosted · Qwen3 8B LoRA (RunPod on-demand GPUs)" },
  status: "retired",
  asOf: V2_CHECKED,
  retiredOn: V2_RETIRED,
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
  },
  latency: QWEN3_8B_LATENCY,
};

/** The price sets of model v2: its default first. */
export const V2_PRICE_SETS = [BEDROCK_NOVA_MICRO, VERTEX_GEMINI_35_FLASH_LITE, TOGETHER_QWEN3_8B, SELF_HOSTED_QWEN3_8B] as const;

/** The v2 default price set (the first). */
export const V2_DEFAULT_PRICE_SET: PriceSet = BEDROCK_NOVA_MICRO;
