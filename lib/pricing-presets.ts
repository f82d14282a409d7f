/**
 * Pricing presets beyond v1's defaults. A preset replaces some assumptions' defaults; the reader can
 * still change any of them. It travels in the permalink as p=<id>; a link without p keeps the v1
 * defaults (OpenAI gpt-4o-mini class), so old links keep their numbers. Each preset's name,
 * description, derivation, sources and date are in pricing-preset-docs.ts.
 */
import { HOURS_PER_MONTH, type Assumptions } from "./assumptions";

/** What the codec and the model need of a preset: its id and the defaults it replaces. */
export interface PricingPreset {
  id: string;
  values: Partial<Assumptions>;
}

/** Rented GPU for the self-hosted preset: one A100 80GB (RunPod community cloud). */
export const SELF_HOSTED = {
  gpuHourly: 1.39,
  /** LoRA fine-tuning of a 7B model on one A100 with FlashAttention-2 (LLaMA-Factory's benchmark). */
  trainTokensPerSecond: 2954,
  /** An 8B model served with vLLM on one A100 80GB, batched, input plus output (Lambda's benchmark). */
  servingTokensPerSecond: 6225,
} as const;

/** GPU hours from training tokens and throughput, at the hourly price: USD per 1M training tokens. */
export const selfHostedTrainPrice = (SELF_HOSTED.gpuHourly / (SELF_HOSTED.trainTokensPerSecond * 3600)) * 1e6;
/** One dedicated server all month. */
export const selfHostedServerMonthly = SELF_HOSTED.gpuHourly * HOURS_PER_MONTH;
/** Together AI's dedicated endpoint for a fine-tuned model: an H100 at about $3.99 an hour, all month. */
export const togetherEndpointMonthly = Math.round(3.99 * HOURS_PER_MONTH * 100) / 100;

/** An open 8B model served per token (Together AI's Llama 3.1 8B Instruct Turbo), for RAG's base model. */
const OPEN_8B_PER_TOKEN = { baseIn: 0.18, baseOut: 0.18 };

export const PRICING_PRESETS: readonly PricingPreset[] = [
  { id: "vertex-flash", values: { baseIn: 0.15, baseOut: 0.6, ftIn: 0.15, ftOut: 0.6, trainPrice: 3 } },
  {
    id: "together-lora",
    values: {
      ...OPEN_8B_PER_TOKEN,
      ftIn: 0,
      ftOut: 0,
      trainPrice: 0.48,
      ftServerMonthly: togetherEndpointMonthly,
      ftServerTokensPerSecond: SELF_HOSTED.servingTokensPerSecond,
    },
  },
  {
    id: "self-hosted-lora",
    values: {
      ...OPEN_8B_PER_TOKEN,
      ftIn: 0,
      ftOut: 0,
      trainPrice: selfHostedTrainPrice,
      ftServerMonthly: selfHostedServerMonthly,
      ftServerTokensPerSecond: SELF_HOSTED.servingTokensPerSecond,
    },
  },
];

export function pricingPreset(id: string | null): PricingPreset | undefined {
  return id === null ? undefined : PRICING_PRESETS.find((p) => p.id === id);
}
