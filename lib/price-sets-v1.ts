/**
 * The price sets of model v1, retired. Their numbers are frozen: v=1 links (migrated to v2 with the
 * set named in p=) give the same numbers to the cent forever. Retiring a set changes its status and
 * the notice a reader sees, never a number.
 */
import { HOURS_PER_MONTH } from "./assumptions";
import type { LatencyModel, PriceSet } from "./price-set-types";
import { V1_EVIDENCE } from "./price-sets-v1-evidence";

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

const OPEN_8B_PER_TOKEN = { baseIn: 0.18, baseOut: 0.18 };

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
    description: {
      zh: "v1 的默认价格：gpt-4o-mini 作基础模型并微调，text-embedding-3-small 向量化，Pinecone 无服务器向量库",
      en: "v1's default prices: gpt-4o-mini as base and tuned model, text-embedding-3-small embeddings, Pinecone serverless",
    },
    status: "retired",
    asOf: "2026-11-23",
    retiredOn: "2026-05-07",
    reason: {
      zh: "OpenAI 于 2026-05-07 停止向从未微调过的组织开放微调任务；2027-01-06 起不再接受任何新微调任务，gpt-4o-mini 于 2027-01-14 停用",
      en: "On 2026-05-07 OpenAI stopped fine-tuning jobs for organisations that had never fine-tuned; no new jobs from 2027-01-06, and gpt-4o-mini shuts down on 2027-01-14",
    },
    values: OPENAI_V1,
    latency: V1_LATENCY,
    evidence: V1_EVIDENCE["openai-4o-mini"],
  },
  {
    id: "vertex-flash",
    version: 1,
    name: { zh: "Vertex AI · Gemini 2.0 Flash", en: "Vertex AI · Gemini 2.0 Flash" },
    description: {
      zh: "托管微调：训练 $3 / 百万 tokens，微调后模型按基础模型价格计费（$0.15 / $0.60）",
      en: "Hosted tuning: $3 per 1M training tokens; the tuned model billed at the base model's price ($0.15 / $0.60)",
    },
    status: "retired",
    asOf: "2026-08-05",
    retiredOn: "2026-02-05",
    reason: {
      zh: "Vertex AI 已于 2026-02-05 停用 gemini-2.0-flash-001；Firebase 称 2.0 Flash 于 2026-06-01 关闭",
      en: "Vertex AI retired gemini-2.0-flash-001 on 2026-02-05; Firebase says 2.0 Flash shut down on 2026-06-01",
    },
    values: { ...OPENAI_V1, baseIn: 0.15, baseOut: 0.6, ftIn: 0.15, ftOut: 0.6, trainPrice: 3 },
    latency: V1_LATENCY,
    evidence: V1_EVIDENCE["vertex-flash"],
  },
  {
    id: "together-lora",
    version: 1,
    name: { zh: "Together AI · Llama 3.1 8B LoRA", en: "Together AI · Llama 3.1 8B LoRA" },
    description: {
      zh: "托管 LoRA 微调 $0.48 / 百万 tokens；微调模型部署在按小时计费的专用端点（H100 约 $3.99/小时）",
      en: "Hosted LoRA tuning at $0.48 per 1M tokens; the tuned model on an hourly dedicated endpoint (H100, about $3.99/h)",
    },
    status: "retired",
    asOf: "2026-11-09",
    retiredOn: "2026-11-24",
    reason: {
      zh: "吞吐量 6,225 tokens/秒 无法核实（存档基准中单卡 A100 约 1,518 输出 tokens/秒），且未能确认 2026 年的无服务器 LoRA 报价",
      en: "Its 6,225 tokens/s throughput could not be confirmed (a stored benchmark lists about 1,518 output tokens/s on one A100), nor could Together's 2026 serverless LoRA prices",
    },
    values: {
      ...OPENAI_V1,
      ...OPEN_8B_PER_TOKEN,
      ftIn: 0,
      ftOut: 0,
      trainPrice: 0.48,
      ftServerMonthly: v1TogetherEndpointMonthly,
      ftServerTokensPerSecond: V1_SELF_HOSTED.servingTokensPerSecond,
    },
    latency: V1_LATENCY,
    evidence: V1_EVIDENCE["together-lora"],
  },
  {
    id: "self-hosted-lora",
    version: 1,
    name: { zh: "自托管 LoRA · 租用 A100（竞价）", en: "Self-hosted LoRA · rented A100 (spot)" },
    description: {
      zh: "开源 8B 模型在租用的 A100 80GB（$1.39/小时）上做 LoRA 微调，并用一台专用服务器推理",
      en: "An open 8B model tuned with LoRA on a rented A100 80GB ($1.39/h) and served from one dedicated server",
    },
    status: "retired",
    asOf: "2026-11-09",
    retiredOn: "2026-11-24",
    reason: {
      zh: "$1.39/小时 是竞价（spot）价格，随时可能被收回，不能用于常驻推理服务器；吞吐量 6,225 tokens/秒 也无法核实",
      en: "$1.39/h is a spot price that can be reclaimed at any time, so it cannot run an always-on server; the 6,225 tokens/s throughput could not be confirmed either",
    },
    values: {
      ...OPENAI_V1,
      ...OPEN_8B_PER_TOKEN,
      ftIn: 0,
      ftOut: 0,
      trainPrice: v1SelfHostedTrainPrice,
      ftServerMonthly: v1SelfHostedServerMonthly,
      ftServerTokensPerSecond: V1_SELF_HOSTED.servingTokensPerSecond,
    },
    latency: V1_LATENCY,
    evidence: V1_EVIDENCE["self-hosted-lora"],
  },
];
