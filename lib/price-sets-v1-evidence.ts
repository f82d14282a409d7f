/**
 * Where each number of the retired v1 price sets was read. The numbers themselves are in
 * price-sets-v1.ts and never change; this file only records their sources.
 */
import type { PriceSetDoc } from "./price-set-types";
import type { V1PriceSetId } from "./price-sets-v1";

const pending = (url: string) => [
  { url, checked: "2026-11-23", quote: "", unconfirmed: { zh: "原句待补", en: "sentence not yet recorded" } },
];

export const V1_EVIDENCE: Record<V1PriceSetId, PriceSetDoc["evidence"]> = {
  "openai-4o-mini": { baseIn: pending("https://developers.openai.com/api/docs/pricing") },
  "vertex-flash": { trainPrice: pending("https://cloud.google.com/vertex-ai/generative-ai/pricing") },
  "together-lora": { trainPrice: pending("https://docs.together.ai/docs/fine-tuning/pricing") },
  "self-hosted-lora": { trainPrice: pending("https://www.runpod.io/pricing") },
};
