/** The words of each pricing preset: name, description, how derived values were worked out, sources and date. */
import type { Text } from "./i18n-text";
import { SELF_HOSTED, selfHostedServerMonthly, selfHostedTrainPrice, togetherEndpointMonthly } from "./pricing-presets";

export interface PricingPresetDoc {
  label: Text;
  description: Text;
  /** How derived values were worked out, where there are any. */
  derivation?: Text;
  asOf: string;
  sources: { label: string; url: string }[];
}

const VLLM_BENCHMARK = { label: "vLLM benchmark (Lambda)", url: "https://github.com/LambdaLabsML/vllm-benchmark" };
const TOGETHER_PRICING = { label: "Together AI pricing", url: "https://www.together.ai/pricing" };
const serving = SELF_HOSTED.servingTokensPerSecond.toLocaleString("en-US");
const training = SELF_HOSTED.trainTokensPerSecond.toLocaleString("en-US");

export const pricingPresetDocs: Record<string, PricingPresetDoc> = {
  "vertex-flash": {
    label: { zh: "Vertex AI · Gemini 2.0 Flash", en: "Vertex AI · Gemini 2.0 Flash" },
    description: {
      zh: "托管微调：训练 $3 / 百万 tokens，微调后模型按基础模型价格计费（$0.15 / $0.60）",
      en: "Hosted tuning: $3 per 1M training tokens; the tuned model is billed at the base model's price ($0.15 / $0.60)",
    },
    asOf: "2026-08-05",
    sources: [{ label: "Vertex AI generative AI pricing", url: "https://cloud.google.com/vertex-ai/generative-ai/pricing" }],
  },
  "together-lora": {
    label: { zh: "Together AI · Llama 3.1 8B LoRA", en: "Together AI · Llama 3.1 8B LoRA" },
    description: {
      zh: "托管 LoRA 微调 $0.48 / 百万 tokens；微调模型部署在按小时计费的专用端点（H100 约 $3.99/小时）；RAG 用按 token 计费的同款基础模型",
      en: "Hosted LoRA tuning at $0.48 per 1M tokens; the tuned model runs on an hourly dedicated endpoint (H100, about $3.99/h); RAG uses the same base model per token",
    },
    derivation: {
      zh: `端点月费 = $3.99 × 730.5 小时 ≈ $${togetherEndpointMonthly.toFixed(2)}；吞吐按单卡 vLLM 基准 ${serving} tokens/秒（A100，偏保守）`,
      en: `Endpoint per month = $3.99 × 730.5 h ≈ $${togetherEndpointMonthly.toFixed(2)}; throughput from a single-GPU vLLM benchmark, ${serving} tokens/s (A100, conservative)`,
    },
    asOf: "2026-11-09",
    sources: [TOGETHER_PRICING, { label: "Together fine-tuning pricing", url: "https://docs.together.ai/docs/fine-tuning/pricing" }, VLLM_BENCHMARK],
  },
  "self-hosted-lora": {
    label: { zh: "自托管 LoRA · 租用 A100", en: "Self-hosted LoRA · rented A100" },
    description: {
      zh: "开源 8B 模型在租用的 A100 80GB（$1.39/小时）上做 LoRA 微调，并用一台专用服务器推理；RAG 用按 token 计费的同款基础模型",
      en: "An open 8B model fine-tuned with LoRA on a rented A100 80GB ($1.39/h) and served from a dedicated server; RAG uses the same base model per token",
    },
    derivation: {
      zh: `训练价格 = $1.39 ÷ (${training} tokens/秒 × 3,600) × 10⁶ ≈ $${selfHostedTrainPrice.toFixed(3)} / 百万 tokens；服务器月费 = $1.39 × 730.5 小时 ≈ $${selfHostedServerMonthly.toFixed(2)}；吞吐 ${serving} tokens/秒`,
      en: `Training price = $1.39 ÷ (${training} tokens/s × 3,600) × 10⁶ ≈ $${selfHostedTrainPrice.toFixed(3)} per 1M tokens; server per month = $1.39 × 730.5 h ≈ $${selfHostedServerMonthly.toFixed(2)}; throughput ${serving} tokens/s`,
    },
    asOf: "2026-11-09",
    sources: [
      { label: "RunPod GPU pricing", url: "https://www.runpod.io/pricing" },
      { label: "LLaMA-Factory LoRA throughput", url: "https://github.com/hiyouga/LLaMA-Factory/wiki/Performance-comparison" },
      VLLM_BENCHMARK,
      TOGETHER_PRICING,
    ],
  },
};
