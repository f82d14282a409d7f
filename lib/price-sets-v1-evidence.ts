/**
 * Where each number of the retired v1 price sets was read. The numbers themselves are in
 * price-sets-v1.ts and never change; this file only records their sources.
 *
 * Read on 2026-11-24 from stored copies of public pages and repositories (not the live web). Where a
 * vendor's own page was not among the stored copies, the entry quotes the closest text actually read
 * and says so in `unconfirmed`; no quote here is reconstructed from memory. Keys a set spreads in from
 * another vendor (OpenAI embeddings and Pinecone in every set, Together's per-token 8B price in the
 * self-hosted set) share the same evidence constants.
 *
 * This module must not import values from price-sets-v1.ts (that module imports this one), so the few
 * figures a derivation names are written out here and checked against the sets by the test.
 */
import type { PriceEvidence, PriceSetDoc } from "./price-set-types";
import type { V1PriceSetId } from "./price-sets-v1";
import type { Text } from "./i18n-text";

const CHECKED = "2026-11-24";

type Extra = Pick<PriceEvidence, "derivation" | "unconfirmed">;
const ev = (url: string, quote: string, extra: Extra = {}): PriceEvidence => ({
  url,
  checked: CHECKED,
  quote,
  ...extra,
});
/** The same derivation on every entry of a derived number, so whichever entry is shown explains it. */
const derived = (derivation: Text, ...entries: PriceEvidence[]): PriceEvidence[] => entries.map((e) => ({ ...e, derivation }));

// ── OpenAI: gpt-4o-mini and its fine-tuning ───────────────────────────────────────────────────────────

const OPENAI_PRICING = "https://developers.openai.com/api/docs/pricing";
const OPENAI_PRICING_COPY: Text = {
  zh: "OpenAI 官方定价页本身不在可读的存档中；这一行取自 GitHub 上存档的一份 OpenAI 定价表 Markdown 转录（“LLM & Embedding Pricing Reference (OpenAI + Gemini)”，索引未给出其仓库名），与官方定价页的表格格式一致，但未能在官方页面上直接读到",
  en: "OpenAI's pricing page itself is not among the stored copies; this row was read in a Markdown transcription of OpenAI's pricing tables stored on GitHub (“LLM & Embedding Pricing Reference (OpenAI + Gemini)”, repository not named by the index). It has the official table's layout, but the official page's own row could not be read",
};
const THIRD_PARTY_OPENAI: Text = {
  zh: "第三方页面；未能读到 OpenAI 官方定价页上的原句",
  en: "Third-party page; the sentence on OpenAI's own pricing page could not be read",
};

const OPENAI_TEXT_ROW = ev(
  OPENAI_PRICING,
  "| Model | Input | Cached input | Output |\n…\n| gpt-4o-mini | $0.15 | $0.075 | $0.60 |",
  { unconfirmed: OPENAI_PRICING_COPY },
);
const OPENAI_FT_ROW = ev(
  OPENAI_PRICING,
  "| Model | Training | Input | Cached input | Output |\n…\n| gpt-4o-mini-2024-07-18 | $3.00 | $0.30 | $0.15 | $1.20 |",
  { unconfirmed: OPENAI_PRICING_COPY },
);
const PECOLLECTIVE_BASE = ev(
  "https://pecollective.com/tools/gpt-4o-mini-pricing",
  "GPT-4o Mini is OpenAI's cheapest model in the GPT-4 family at $0.15/$0.60 per million tokens.",
  { unconfirmed: THIRD_PARTY_OPENAI },
);
const GOITREELS_FT = ev(
  "https://goitreels-com.pages.dev/blog/openai-api-pricing-guide",
  "ModelTrainingUsage InputUsage Output\nGPT-4o mini fine-tune$3.00/1M tokens$0.30/1M$1.20/1M",
  { unconfirmed: THIRD_PARTY_OPENAI },
);

const OPENAI_BASE = [OPENAI_TEXT_ROW, PECOLLECTIVE_BASE];
const OPENAI_FT = [OPENAI_FT_ROW, GOITREELS_FT];

// ── OpenAI embeddings: text-embedding-3-small ─────────────────────────────────────────────────────────

const OPENAI_EMBED_PRICE = ev(
  "https://developers.openai.com/api/docs/models/text-embedding-3-large",
  "Quick comparison\nCost\ntext-embedding-3-large\n$0.13\ntext-embedding-3-small\n$0.02",
);
const ZILLIZ_DIMS = ev(
  "https://zilliz.com/ai-models/text-embedding-3-small.md",
  "`text-embedding-3-small` is OpenAI’s small text embedding model, creating embeddings with 1536 dimensions.",
  {
    unconfirmed: {
      zh: "第三方页面（Zilliz）；未能读到 OpenAI 官方文档中给出默认 1536 维的原句",
      en: "Third-party page (Zilliz); the sentence in OpenAI's own docs giving the 1536-dimension default could not be read",
    },
  },
);
const OPENAI_EMBED_GUIDE = ev(
  "https://developers.openai.com/api/docs/guides/embeddings",
  "text-embedding-3-small and text-embedding-3-large, our newest and most performant embedding models, are now available. They feature lower costs, higher multilingual performance, and new parameters to control the overall size.",
  {
    unconfirmed: {
      zh: "这是读到的最接近的官方原句；指南中说明默认向量长度（1536）的那一句不在读到的存档片段里",
      en: "The closest official sentence read; the guide's sentence on the default vector length (1536) was not in the stored excerpt",
    },
  },
);

// ── Pinecone serverless, Standard plan ────────────────────────────────────────────────────────────────

const PINECONE_COST_DOCS = "https://docs.pinecone.io/guides/organizations/manage-cost/understanding-cost";
const PINECONE_RATES_THIRD_PARTY: Text = {
  zh: "第三方页面（Flexprice 的 Pinecone 定价拆解，称截取自 2026-11-04 的 Pinecone 官方定价页，AWS us-east-1）；Pinecone 官方定价页 https://www.pinecone.io/pricing/ 不在可读的存档中",
  en: "Third-party page (Flexprice's teardown of Pinecone pricing, which says it was captured from Pinecone's pricing page on 2026-11-04, AWS us-east-1); Pinecone's own pricing page https://www.pinecone.io/pricing/ is not among the stored copies",
};
const FLEXPRICE_PINECONE = ev(
  "https://docs.flexprice.io/cookbooks/pricing-teardowns/pinecone-pricing",
  "Pinecone Standard on-demand database pricing for AWS us-east-1: 0.33 per GB-month of storage, 16 per million read units and $4 per million write units",
  { unconfirmed: PINECONE_RATES_THIRD_PARTY },
);
const PINECONE_RU_RULE = ev(
  PINECONE_COST_DOCS,
  "The cost of a query scales linearly with the size of the targeted namespace. Specifically, a query uses 1 RU for every 1 GB of namespace size, with a minimum of 0.25 RUs per query.",
);
const PINECONE_MINIMUM = ev(
  PINECONE_COST_DOCS,
  "The Standard and Enterprise pricing plans include a monthly minimum usage committment:\n| Plan | Minimum usage |\n|---|---|\n| Starter | $0/month |\n| Standard | $50/month |",
);

/** The RAG side every v1 set shares: OpenAI embeddings stored and searched in Pinecone. */
const RAG_EVIDENCE = {
  embedPrice: [OPENAI_EMBED_PRICE],
  vectorDims: [ZILLIZ_DIMS, OPENAI_EMBED_GUIDE],
  storagePrice: [FLEXPRICE_PINECONE],
  readPrice: [FLEXPRICE_PINECONE, PINECONE_RU_RULE],
  vectorDbMinimum: [PINECONE_MINIMUM],
} satisfies PriceSetDoc["evidence"];

// ── Latency (all sets) ────────────────────────────────────────────────────────────────────────────────

const LATENCY_EVIDENCE = [
  ev(
    "https://github.com/LambdaLabsML/vllm-benchmark/blob/a9b42a5f83bc39976bcb6bd44a96b2b15d820e10/results/prompt_10/1xA100-80GB-SXM/Meta-Llama-3.1-8B-FP8_tp1_len2000.json",
    '"mean_ttft_ms": 107.75623843073845, "median_ttft_ms": 153.44656445086002',
    {
      unconfirmed: {
        zh: "v1 的延迟模型（基础 40–150 毫秒、预填充 50,000–20,000 tokens/秒、向量化 15–60 毫秒、检索 5–50 毫秒）是我们 v1 的估计，没有公开来源。这里引用的只是事后读到的一个参照点：单张 A100 上自托管 Llama 3.1 8B（10 个请求）的首 token 时间，并非 v1 数字的出处，也不涉及 OpenAI、预填充速度、向量化或向量检索",
        en: "Our v1 estimate; no published source for the v1 latency model (40–150 ms base, 50,000–20,000 tokens/s prefill, 15–60 ms embedding, 5–50 ms search). The quote is only a later point of comparison: time to first token of a self-hosted Llama 3.1 8B on one A100 (10 requests). It is not where the v1 numbers came from, and says nothing about OpenAI, prefill speed, embedding or vector search",
      },
    },
  ),
];

// ── Vertex AI · Gemini 2.0 Flash ──────────────────────────────────────────────────────────────────────

const VERTEX_PRICING_UNREAD: Text = {
  zh: "Vertex AI 生成式 AI 定价页 https://cloud.google.com/vertex-ai/generative-ai/pricing 不在可读的存档中，未能确认 Gemini 2.0 Flash 的 $0.15 / $0.60 与调优 $3 / 百万训练 tokens",
  en: "Vertex AI's generative AI pricing page https://cloud.google.com/vertex-ai/generative-ai/pricing is not among the stored copies; Gemini 2.0 Flash's $0.15 / $0.60 and $3 per 1M training tokens could not be confirmed",
};
const VERTEX_TUNING_SAMPLE = ev(
  "https://cloud.google.com/vertex-ai/generative-ai/docs/samples/generativeaionvertexai-tuning-basic",
  'sft_tuning_job = sft.train(\n    source_model="gemini-2.0-flash-001",',
  {
    unconfirmed: {
      zh: `Google 官方示例只表明 gemini-2.0-flash-001 可在 Vertex AI 上做监督微调，不含价格。${VERTEX_PRICING_UNREAD.zh}；“微调后模型按基础模型价格计费”同样未能核实`,
      en: `Google's official sample only shows that gemini-2.0-flash-001 could be tuned on Vertex AI; it gives no price. ${VERTEX_PRICING_UNREAD.en}, nor that a tuned model is billed at the base model's price`,
    },
  },
);
const DEPLOYBASE_GEMINI = ev("https://deploybase.ai/articles/vertex-ai-pricing", "| Gemini 2.0 Flash | 1M | $0.10 | $0.40 |", {
  unconfirmed: {
    zh: `第三方页面，且它列的是 Gemini API 的价格（$0.10 / $0.40），与 v1 的 $0.15 / $0.60 不符；这是读到的最接近的一行。${VERTEX_PRICING_UNREAD.zh}`,
    en: `Third-party page, and it lists Gemini API prices ($0.10 / $0.40), which do not match v1's $0.15 / $0.60; it is the closest row read. ${VERTEX_PRICING_UNREAD.en}`,
  },
});

// ── Together AI · Llama 3.1 8B ────────────────────────────────────────────────────────────────────────

const TOGETHER_8B_THIRD_PARTY: Text = {
  zh: "第三方页面（Bifrost 模型库）；Together 官方定价页 https://www.together.ai/pricing 不在可读的存档中。另一第三方页面（theneuralbase）给出的是输入 $0.20、输出 $0.60，说法不一",
  en: "Third-party page (Bifrost model library); Together's pricing page https://www.together.ai/pricing is not among the stored copies. Another third-party page (theneuralbase) gives $0.20 in and $0.60 out, so the sources disagree",
};
const BIFROST_8B = "https://www.getmaxim.ai/bifrost/model-library/compare/together_ai/meta-llama-3.1-8b-instruct-turbo";
const TOGETHER_8B_IN = ev(BIFROST_8B, "Input processing costs $0.18 per million tokens.", {
  unconfirmed: TOGETHER_8B_THIRD_PARTY,
});
const TOGETHER_8B_OUT = ev(BIFROST_8B, "Output generation costs $0.18 per million tokens.", {
  unconfirmed: TOGETHER_8B_THIRD_PARTY,
});
const TOGETHER_FT_RATE = ev(
  "https://docs.together.ai/docs/fine-tuning/pricing",
  "The per-token rate depends on three factors: the model size bracket, the training method (supervised or DPO), and the implementation (LoRA or full fine-tuning). For current rates, see the together.ai/pricing.",
  {
    unconfirmed: {
      zh: "Together 官方文档只说明按 token 计费、费率取决于模型规模、训练方法与 LoRA/全量，费率本身在 together.ai/pricing；该页不在可读的存档中，$0.48 / 百万 tokens（16B 以下、LoRA、监督微调）未能确认",
      en: "Together's docs only say training is billed per token at a rate set by size bracket, method and LoRA/full, with the rates on together.ai/pricing; that page is not among the stored copies, so $0.48 per 1M tokens (up to 16B, LoRA, supervised) could not be confirmed",
    },
  },
);
const TOGETHER_HOSTING = ev(
  "https://support.together.ai/articles/7922061943-fine-tuning-pricing",
  "After your fine-tuning job completes, additional hosting charges apply if you create a dedicated endpoint for your fine-tuned model. These charges are incurred per minute, even when the model is not actively being used.",
);
const TOGETHER_HARDWARE = ev(
  "https://docs.together.ai/docs/dedicated-endpoints-ui",
  "Select your hardware. We have multiple hardware options available, all with varying prices (e.g. RTX-6000, L40, A100 SXM, A100 PCIe, and H100).",
  {
    unconfirmed: {
      zh: "Together 官方文档列出 H100 等专用端点硬件，但未给出价格；未能读到 H100 端点 $3.99/小时 的原句（together.ai/pricing 不在存档中）。读到的存档中 $3.99/小时 的 H100 报价只出现在 RunPod Secure Cloud 与 Lambda 8× H100 SXM 上，而非 Together",
      en: "Together's docs list H100 among dedicated-endpoint hardware but give no price; the sentence giving $3.99/h for an H100 endpoint could not be read (together.ai/pricing is not stored). In the stored copies read, $3.99/h for an H100 appears only for RunPod Secure Cloud and Lambda's 8× H100 SXM, not Together",
    },
  },
);

const TOGETHER_PER_TOKEN_FT = derived(
  {
    zh: "为 0：微调后的模型部署在专用端点上，按端点时长计费（计入 ftServerMonthly），不再按 token 收费",
    en: "0 because the tuned model runs on a dedicated endpoint billed by the minute (counted in ftServerMonthly), not per token",
  },
  TOGETHER_HOSTING,
);
const TOGETHER_ENDPOINT_MONTHLY = derived(
  {
    zh: "端点月费 = $3.99/小时 × 730.5 小时/月 = $2,914.695，按 v1 的做法四舍五入到分：$2,914.70",
    en: "Endpoint per month = $3.99/h × 730.5 h/month = $2,914.695, rounded to the cent as v1 did: $2,914.70",
  },
  TOGETHER_HARDWARE,
  TOGETHER_HOSTING,
);

// ── Self-hosted: RunPod A100 80GB, LLaMA-Factory LoRA, vLLM serving ───────────────────────────────────

const RUNPOD_A100 = ev(
  "https://raw.githubusercontent.com/datareceipts/data-receipts/main/109-gpu-pricing/vendors.json",
  '{ "vendor": "RunPod (Community)", "source": "https://www.runpod.io/pricing", "read_on": "2026-11-09", … {"gpu": "A100 SXM", "gpu_memory_gb": 80, "usd_per_gpu_hour": 1.39} ] }',
  {
    unconfirmed: {
      zh: "第三方对 RunPod 定价页的转录（data-receipts，2026-11-09 读取）；RunPod 官方定价页 https://www.runpod.io/pricing 不在可读的存档中。该转录把 $1.39 列为 Community Cloud 的 A100 SXM 80GB 按需价格，而 v1 把它当作竞价（spot）价格；另一第三方页面（deploybase）把 $1.39 列为 A100 SXM 的 spot 价，同站另一页又列为按需价，说法不一",
      en: "Third-party transcription of RunPod's pricing page (data-receipts, read 2026-11-09); RunPod's own page https://www.runpod.io/pricing is not among the stored copies. It lists $1.39 as Community Cloud's on-demand A100 SXM 80GB price, while v1 treated it as a spot price; deploybase lists $1.39 as the A100 SXM spot price on one page and as on-demand on another, so the sources disagree",
    },
  },
);
const DEPLOYBASE_RUNPOD = ev(
  "https://deploybase.ai/articles/runpod-gpu-pricing",
  "GPUVRAMSpot/hrOn-Demand/hrMonthly (Spot, 730 hrs)Annual (Spot)\n…\nA100 SXM80GB$1.39$2.45$1,014$12,162",
  {
    unconfirmed: {
      zh: "第三方页面（deploybase，2026 年 3 月数据）；未能读到 RunPod 官方定价页上的原句",
      en: "Third-party page (deploybase, March 2026 data); the sentence on RunPod's own pricing page could not be read",
    },
  },
);
const LLAMA_FACTORY_TGS = ev(
  "https://github.com/unslothai/unsloth/blob/main/README.md",
  "TGS: tokens per GPU per second. Model: LLaMA2-7B. GPU: NVIDIA A100 * 1. Batch size: 4. Gradient accumulation: 2. LoRA rank: 8. Max length: 1024.\n\n| Method | Bits | TGS | GRAM | Speed |\n| --- | --- | --- | --- | --- |\n| HF | 16 | 2392 | 18GB | 100% |\n| HF+FA2 | 16 | 2954 | 17GB | 123% |",
  {
    unconfirmed: {
      zh: "LLaMA-Factory 的 wiki 页面（Performance-comparison）本身不在可读的存档中；这张表读自一份较早版本的 Unsloth README 存档（“Llama-Factory 3rd party benchmarking”一节，链接到该 wiki；文件索引未给出仓库名，内容为 Unsloth 的 README，当前版本已删去此表）。2,954 是 LLaMA2-7B 在单张 A100 上 16 位 LoRA（HF+FlashAttention-2）的每卡每秒 token 数，不是 Llama 3.1 8B",
      en: "The LLaMA-Factory wiki page (Performance-comparison) itself is not among the stored copies; the table was read in an older stored copy of Unsloth's README (section “Llama-Factory 3rd party benchmarking”, linking the wiki; the file index did not name the repository, the content is Unsloth's README, and the current README no longer has the table). 2,954 is tokens per GPU per second for 16-bit LoRA (HF+FlashAttention-2) on LLaMA2-7B on one A100, not Llama 3.1 8B",
    },
  },
);
const LLAMA_FACTORY_README = ev(
  "https://github.com/hiyouga/LLaMA-Factory/blob/main/README.md",
  "[24/04/16] We supported **[unsloth](https://github.com/unslothai/unsloth)**'s long-sequence training (Llama-2-7B-56k within 24GB). It achieves **117%** speed and **50%** memory compared with FlashAttention-2, more benchmarks can be found in [this page](https://github.com/hiyouga/LLaMA-Factory/wiki/Performance-comparison).",
  {
    unconfirmed: {
      zh: "读自 LLaMA-Factory README 的存档（文件索引未给出仓库名），该句只指向 wiki 的性能对比页，不含 2,954 这个数字",
      en: "Read in a stored copy of LLaMA-Factory's README (the file index did not name the repository); it only points to the wiki's performance page and does not give the 2,954 figure",
    },
  },
);
const VLLM_A100 = ev(
  "https://github.com/LambdaLabsML/vllm-benchmark/blob/0e8fc5d0f9865a326666cb82aeb2d8dc74c82c5e/benchmark_v0.md",
  "with `--num-prompts` fixed at 320 to ensure a large batch size and fully utilize the compute\n…\n|                  | Meta-Llama-3.1-8B-FP8 | …\n| 1xA100-80GB-SXM  | 1517.54/42.85          | …",
  {
    unconfirmed: {
      zh: "v1 的 6,225 tokens/秒 在 Lambda vllm-benchmark 的存档中找不到：单张 A100 80GB 上 Llama 3.1 8B FP8 的一行是 1517.54（输出 tokens/秒）/ 42.85（延迟）；同一报告中 vLLM v0.6.0 + 10 步调度的 8B 数字为 8088.35 输出 tokens/秒，但未注明 GPU。吞吐量无法核实，这也是该套价格退役的原因之一",
      en: "v1's 6,225 tokens/s is not in the stored Lambda vllm-benchmark: the row for Llama 3.1 8B FP8 on one A100 80GB reads 1517.54 (output tokens/s) / 42.85 (latency); the same report's vLLM v0.6.0 + 10 scheduler steps figure for 8B is 8088.35 output tokens/s, with no GPU named. The throughput could not be confirmed, one reason these sets are retired",
    },
  },
);

const THROUGHPUT = [VLLM_A100];
const SELF_HOSTED_PER_TOKEN_FT = derived(
  {
    zh: "为 0：自托管的微调模型运行在自己租用的服务器上，成本全部计入服务器月费（ftServerMonthly），不再按 token 收费",
    en: "0 because the self-hosted tuned model runs on a rented server whose whole cost is counted in ftServerMonthly, not per token",
  },
  RUNPOD_A100,
);
const SELF_HOSTED_TRAIN = derived(
  {
    zh: "训练价格 = $1.39/小时 ÷ (2,954 tokens/秒 × 3,600 秒) × 10⁶ ≈ $0.1307 / 百万 tokens",
    en: "Training price = $1.39/h ÷ (2,954 tokens/s × 3,600 s) × 10⁶ ≈ $0.1307 per 1M tokens",
  },
  RUNPOD_A100,
  DEPLOYBASE_RUNPOD,
  LLAMA_FACTORY_TGS,
  LLAMA_FACTORY_README,
);
const SELF_HOSTED_SERVER = derived(
  {
    zh: "服务器月费 = $1.39/小时 × 730.5 小时/月 ≈ $1,015.40",
    en: "Server per month = $1.39/h × 730.5 h/month ≈ $1,015.40",
  },
  RUNPOD_A100,
  DEPLOYBASE_RUNPOD,
);

// ── The sets ──────────────────────────────────────────────────────────────────────────────────────────

export const V1_EVIDENCE: Record<V1PriceSetId, PriceSetDoc["evidence"]> = {
  "openai-4o-mini": {
    baseIn: OPENAI_BASE,
    baseOut: OPENAI_BASE,
    ftIn: OPENAI_FT,
    ftOut: OPENAI_FT,
    trainPrice: OPENAI_FT,
    ...RAG_EVIDENCE,
    latency: LATENCY_EVIDENCE,
  },
  "vertex-flash": {
    baseIn: [DEPLOYBASE_GEMINI],
    baseOut: [DEPLOYBASE_GEMINI],
    ftIn: [VERTEX_TUNING_SAMPLE, DEPLOYBASE_GEMINI],
    ftOut: [VERTEX_TUNING_SAMPLE, DEPLOYBASE_GEMINI],
    trainPrice: [VERTEX_TUNING_SAMPLE],
    ...RAG_EVIDENCE,
    latency: LATENCY_EVIDENCE,
  },
  "together-lora": {
    ...RAG_EVIDENCE,
    baseIn: [TOGETHER_8B_IN],
    baseOut: [TOGETHER_8B_OUT],
    ftIn: TOGETHER_PER_TOKEN_FT,
    ftOut: TOGETHER_PER_TOKEN_FT,
    trainPrice: [TOGETHER_FT_RATE],
    ftServerMonthly: TOGETHER_ENDPOINT_MONTHLY,
    ftServerTokensPerSecond: THROUGHPUT,
    latency: LATENCY_EVIDENCE,
  },
  "self-hosted-lora": {
    ...RAG_EVIDENCE,
    // RAG in the self-hosted set calls the same open 8B model per token on Together.
    baseIn: [TOGETHER_8B_IN],
    baseOut: [TOGETHER_8B_OUT],
    ftIn: SELF_HOSTED_PER_TOKEN_FT,
    ftOut: SELF_HOSTED_PER_TOKEN_FT,
    trainPrice: SELF_HOSTED_TRAIN,
    ftServerMonthly: SELF_HOSTED_SERVER,
    ftServerTokensPerSecond: THROUGHPUT,
    latency: LATENCY_EVIDENCE,
  },
};
