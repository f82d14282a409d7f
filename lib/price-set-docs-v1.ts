/** The words of the retired v1 price sets: what each was, why it was retired, where its numbers were read. */
import type { PriceSetDoc } from "./price-set-types";
import type { V1PriceSetId } from "./price-sets-v1";
import { V1_EVIDENCE } from "./price-sets-v1-evidence";

export const V1_PRICE_SET_DOCS: Record<V1PriceSetId, PriceSetDoc> = {
  "openai-4o-mini": {
    description: {
      zh: "v1 的默认价格：gpt-4o-mini 作基础模型并微调，text-embedding-3-small 向量化，Pinecone 无服务器向量库",
      en: "v1's default prices: gpt-4o-mini as base and tuned model, text-embedding-3-small embeddings, Pinecone serverless",
    },
    reason: {
      zh: "OpenAI 于 2026-05-07 停止向从未微调过的组织开放微调任务；2027-01-06 起不再接受任何新微调任务，gpt-4o-mini 于 2027-01-14 停用",
      en: "On 2026-05-07 OpenAI stopped fine-tuning jobs for organisations that had never fine-tuned; no new jobs from 2027-01-06, and gpt-4o-mini shuts down on 2027-01-14",
    },
    evidence: V1_EVIDENCE["openai-4o-mini"],
  },
  "vertex-flash": {
    description: {
      zh: "托管微调：训练 $3 / 百万 tokens，微调后模型按基础模型价格计费（$0.15 / $0.60）",
      en: "Hosted tuning: $3 per 1M training tokens; the tuned model billed at the base model's price ($0.15 / $0.60)",
    },
    reason: {
      zh: "Vertex AI 已于 2026-02-05 停用 gemini-2.0-flash-001；Firebase 称 2.0 Flash 于 2026-06-01 关闭",
      en: "Vertex AI retired gemini-2.0-flash-001 on 2026-02-05; Firebase says 2.0 Flash shut down on 2026-06-01",
    },
    evidence: V1_EVIDENCE["vertex-flash"],
  },
  "together-lora": {
    description: {
      zh: "托管 LoRA 微调 $0.48 / 百万 tokens；微调模型部署在按小时计费的专用端点（H100 约 $3.99/小时）",
      en: "Hosted LoRA tuning at $0.48 per 1M tokens; the tuned model on an hourly dedicated endpoint (H100, about $3.99/h)",
    },
    reason: {
      zh: "$3.99/小时 的 H100 专用端点价格在 Together 的页面上找不到；所引基准中也没有 6,225 tokens/秒 这一吞吐量（其单卡 A100 跑 Llama 3.1 8B 的一行约为 1,518 输出 tokens/秒）",
      en: "Neither the $3.99/h H100 endpoint price nor the 6,225 tokens/s throughput could be found: not on Together's pages, not in the benchmark cited (its one-A100 row for Llama 3.1 8B is about 1,518 output tokens/s)",
    },
    evidence: V1_EVIDENCE["together-lora"],
  },
  "self-hosted-lora": {
    description: {
      zh: "开源 8B 模型在租用的 A100 80GB（$1.39/小时）上做 LoRA 微调，并用一台专用服务器推理",
      en: "An open 8B model tuned with LoRA on a rented A100 80GB ($1.39/h) and served from one dedicated server",
    },
    reason: {
      zh: "$1.39/小时 是 RunPod 社区云的价格，部分页面将其列为可被随时收回的竞价（spot）实例，常驻推理服务器不能依赖；所引基准中也没有 6,225 tokens/秒 这一吞吐量（单卡 A100 约 1,518 输出 tokens/秒）",
      en: "$1.39/h is RunPod's community-cloud price, which some pages list as spot (interruptible) capacity that an always-on server cannot rely on; and the benchmark cited does not contain the 6,225 tokens/s throughput (one A100: about 1,518 output tokens/s)",
    },
    evidence: V1_EVIDENCE["self-hosted-lora"],
  },
};
