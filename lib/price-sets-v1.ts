/**
 * The price sets of model v1, retired. Their numbers are frozen: v=1 links (migrated to v2 with the
 * set named in p=) give the same numbers to the cent forever. Retiring a set changes its status and
 * the notice a reader sees, never a number.
 */
import { HOURS_PER_MONTH } from "./assumptions";
import type { LatencyModel, PriceSet } from "./price-set-types";

/** v1's latency model: a 40–150 ms base, prefill at 50,000–20,000 tokens/s, embedding and search. */
export const V1_LATENCY: LatencyModel = {
  ttftMs: { low: 40, high: 150 },
  prefillTokensPerSecond: { low: 50_000, high: 20_000 },
  embeddingMs: { low: 15, high: 60 },
  vectorSearchMs: { low: 5, high: 50 },
};

/** The rented GPU and throughputs v1's self-hosted set was derived from. */
export const V1_SELF_HOSTED = {
  /** RunPod A100 80GB, community cloud: a spot price (why the set is retired). */
  gpuHourly: 1.39,
  trainTokensPerSecond: 2954,
  servingTokensPerSecond: 6225,
} as const;
export const v1SelfHostedTrainPrice = (V1_SELF_HOSTED.gpuHourly / (V1_SELF_HOSTED.trainTokensPerSecond * 3600)) * 1e6;
export const v1SelfHostedServerMonthly = V1_SELF_HOSTED.gpuHourly * HOURS_PER_MONTH;
/** Together AI's dedicated H100 endpoint, $3.99 an hour, all month, rounded to the cent as v1 did. */
export const v1TogetherEndpointMonthly = Math.round(3.99 * HOURS_PER_MONTH * 100) / 100;

/** An open 8B model: RAG calls it per token; the tuned copy runs on a server, so no per-token price. */
const OPEN_8B_SERVED = { baseIn: 0.18, baseOut: 0.18, ftIn: 0, ftOut: 0 };

/** The v1 defaults' prices: OpenAI gpt-4o-mini, text-embedding-3-small, Pinecone serverless. */
const OPENAI_V1 = {
  baseIn: 0.15,
  baseOut: 0.6,
  ftIn: 0.3,
  ftOut: 1.2,
  trainPrice: 3,
  embedPrice: 0.02,
  vectorDims: 1536,
  storagePrice: 0.33,
  readPrice: 16,
  vectorDbMinimum: 50,
};

export const V1_PRICE_SET_IDS = ["openai-4o-mini", "vertex-flash", "together-lora", "self-hosted-lora"] as const;
export type V1PriceSetId = (typeof V1_PRICE_SET_IDS)[number];

export const V1_PRICE_SETS: readonly (PriceSet & { id: V1PriceSetId })[] = [
  {
    id: "openai-4o-mini",
    version: 1,
    name: { zh: "OpenAI · gpt-4o-mini（v1 默认）", en: "OpenAI · gpt-4o-mini (v1 default)" },
    status: "retired",
    asOf: "2026-11-23",
    retiredOn: "2026-05-07",
    values: OPENAI_V1,
    latency: V1_LATENCY,
  },
  {
    id: "vertex-flash",
    version: 1,
    name: { zh: "Vertex AI · Gemini 2.0 Flash", en: "Vertex AI · Gemini 2.0 Flash" },
    status: "retired",
    asOf: "2026-08-05",
    retiredOn: "2026-02-05",
    values: { ...OPENAI_V1, baseIn: 0.15, baseOut: 0.6, ftIn: 0.15, ftOut: 0.6, trainPrice: 3 },
    latency: V1_LATENCY,
  },
  {
    id: "together-lora",
    version: 1,
    name: { zh: "Together AI · Llama 3.1 8B LoRA", en: "Together AI · Llama 3.1 8B LoRA" },
    status: "retired",
    asOf: "2026-11-09",
    retiredOn: "2026-11-24",
    values: {
      ...OPENAI_V1,
      ...OPEN_8B_SERVED,
      trainPrice: 0.48,
      ftServerMonthly: v1TogetherEndpointMonthly,
      ftServerTokensPerSecond: V1_SELF_HOSTED.servingTokensPerSecond,
    },
    latency: V1_LATENCY,
  },
  {
    id: "self-hosted-lora",
    version: 1,
    name: { zh: "自托管 LoRA · 租用 A100（竞价）", en: "Self-hosted LoRA · rented A100 (spot)" },
    status: "retired",
    asOf: "2026-11-09",
    retiredOn: "2026-11-24",
    values: {
      ...OPENAI_V1,
      ...OPEN_8B_SERVED,
      trainPrice: v1SelfHostedTrainPrice,
      ftServerMonthly: v1SelfHostedServerMonthly,
      ftServerTokensPerSecond: V1_SELF_HOSTED.servingTokensPerSecond,
    },
    latency: V1_LATENCY,
  },
];
