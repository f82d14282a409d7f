/**
 * The words of the v3 price sets (December 2026's data version): for every number, the page it was
 * read from, the day, the sentence as the page gives it, how derived numbers were worked out, and
 * what could not be confirmed. Figures that the 2026-12-02 re-check did not change keep their v2
 * evidence (dated 2026-11-24); re-read and new figures are dated 2026-12-02. The research notes are
 * in docs/pricing-research.md, "2026-12 re-check for model v3". The numbers are in price-sets-v3.ts.
 */
import type { Assumptions } from "./assumptions";
import type { Text } from "./i18n-text";
import { V2_PRICE_SET_DOCS } from "./price-set-docs-v2";
import type { PriceEvidence, PriceSetDoc } from "./price-set-types";
import { V3_CHECKED, type V3PriceSetId } from "./price-sets-v3";

type Evidence = Partial<Record<keyof Assumptions | "latency", PriceEvidence[]>>;

const ev = (url: string, quote: string, more: { derivation?: Text; unconfirmed?: Text } = {}): PriceEvidence => ({
  url,
  checked: V3_CHECKED,
  quote,
  ...more,
});

// ── Pages ───────────────────────────────────────────────────────────────────────────────────────
const AWS_TEXT_TO_SQL_BLOG =
  "https://aws.amazon.com/blogs/machine-learning/cost-efficient-custom-text-to-sql-using-amazon-nova-micro-and-amazon-bedrock-on-demand-inference";
const AWS_NOVA_ODI = "https://docs.aws.amazon.com/nova/latest/userguide/custom-fine-tune-odi.html";
const AWS_DEPLOY_ON_DEMAND = "https://docs.aws.amazon.com/bedrock/latest/userguide/deploy-custom-model-on-demand.html";
const AWS_PROMPT_CACHING = "https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-caching.html";
const AWS_CACHING_SKILL =
  "https://raw.githubusercontent.com/aws/agent-toolkit-for-aws/main/skills/core-skills/amazon-bedrock/references/prompt-caching.md";
const PORTKEY_BEDROCK_CACHING = "https://portkey.ai/docs/aigw/integrations/llms/bedrock/prompt-caching";
const LANGCHAIN4J_BEDROCK_CACHING =
  "https://tessl.io/registry/tessl/maven-dev-langchain4j--langchain4j-bedrock/1.11.0/files/docs/features/prompt-caching/best-practices.md";
const VERCEL_NOVA_MICRO_FAQ = "https://vercel.com/ai-gateway/models/nova-micro/faq";
const VERCEL_NOVA_MICRO = "https://vercel.com/ai-gateway/models/nova-micro";
const GENAI_PRICES = "https://www.npmjs.com/package/@pydantic/genai-prices";

const GEMINI_35_FLASH_LITE_MODEL =
  "https://docs.cloud.google.com/vertex-ai/generative-ai/docs/models/gemini/3-5-flash-lite?hl=zh-cn";
const VERTEX_CONTEXT_CACHE =
  "https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/context-cache/context-cache-overview?hl=en";
const VERTEX_CONTEXT_CACHE_MIN =
  "https://docs.cloud.google.com/vertex-ai/generative-ai/docs/context-cache/context-cache-overview";
const GEMINI_API_CACHING = "https://ai.google.dev/gemini-api/docs/caching?authuser=1";
const GEMINI_API_CACHING_2026_10 = "https://ai.google.dev/gemini-api/docs/caching?authuser=48";
const GEMINI_31_FLASH_LITE_PRICING_COPY = "https://macaron.im/blog/gemini-flash-lite-pricing";
const GEMINI_REPLACEMENT_NOTICE = "https://docs.laozhang.ai/en/announcements/gemini-2-5-flash-pro-retired-2026-11";

const HF_TOGETHER_IN_GENAI_PRICES = GENAI_PRICES;
const LITELLM_TOGETHER_TEST = "https://github.com/BerriAI/litellm/blob/main/tests/test_litellm/test_cost_calculator.py";
const TOGETHER_DEDICATED = "https://docs.together.ai/docs/dedicated-endpoints/overview";
const TOGETHER_FT_PRICING = "https://docs.together.ai/docs/fine-tuning/pricing";

const QWEN3_8B_OPENROUTER = "https://openrouter.ai/qwen/qwen3-8b/api";
const FIREWORKS_CACHING = "https://docs.fireworks.ai/guides/prompt-caching.md";
const FIREWORKS_SERVERLESS_PRICING = "https://docs.fireworks.ai/serverless/pricing";
const FIREWORKS_SPECIALIZED = "https://docs.fireworks.ai/serverless/specialized-model-inference/overview.md";
const RUNPOD_HISTORY_PRIVUM = "https://huggingface.co/datasets/privum/ai-compute-prices";
const RUNPOD_HISTORY_600ME = "https://huggingface.co/datasets/600me/gpu-cloud-h100-a100-pricing-benchmark";
const RUNPOD_HISTORY_SILYBENCH = "https://raw.githubusercontent.com/tgarg01/silybench-data/main/derived/cost.json";
const RUNPOD_PRICES_COPY = "https://raw.githubusercontent.com/datareceipts/data-receipts/main/109-gpu-pricing/vendors.json";

// ── Shared words ────────────────────────────────────────────────────────────────────────────────
const NOT_FOUND = (what: Text): Text => ({
  zh: `没有找到${what.zh}；采用 v3 的默认值，需要时请按实际修改`,
  en: `No page found giving ${what.en}; the v3 default is used, change it to fit your offer`,
});
const SECONDARY: Text = {
  zh: "读自第三方数据（价格数据包或网关），不是厂商自己的页面",
  en: "Read from third-party data (a price package or a gateway), not the vendor's own page",
};
const join = (...ts: Text[]): Text => ({ zh: ts.map((t) => t.zh).join("；"), en: ts.map((t) => t.en).join("; ") });

/** The set's v2 evidence, for figures the December re-check left as they were. */
const v2 = (id: keyof typeof V2_PRICE_SET_DOCS): Evidence => V2_PRICE_SET_DOCS[id].evidence;

// ── Set 1: Amazon Bedrock, Nova Micro ───────────────────────────────────────────────────────────
const BLOG_LIMITS: Text = {
  zh: "限制：按需调用微调后的 Nova 模型仅适用于 2025-07-16 及以后训练的模型；AWS 页面列出的部署区域为 us-east-1（议题中提到的 us-west-2 在存档页面上未找到）；冷启动首 token 约 639 毫秒",
  en: "Limits: on-demand use of a tuned Nova model applies only to models trained on or after 2025-07-16; AWS's pages list us-east-1 for deployment (us-west-2, named in the issue, is on no stored page); a cold start's first token takes about 639 ms",
};
const NOVA_BLOG_READ: Text = {
  zh: "读自公开仓库中该博客的逐字订阅源副本（2026-04-16）",
  en: "Read in a verbatim feed copy of the blog in a public repository (2026-04-16)",
};

const BEDROCK_NOVA_MICRO_2026_12_DOC: PriceSetDoc = {
  description: {
    zh: "与 v2 相同的方案（Nova Micro 同时用于 RAG、微调和长上下文），价格经 AWS 自己的博客确认。该博客给出的限制：只适用于 2025-07-16 及以后训练的模型，部署区域列为 us-east-1，冷启动首 token 约 639 毫秒。长上下文：128K 窗口，缓存读取为输入价的 25%。",
    en: "The v2 offer (Nova Micro for RAG, fine-tuning and long context), its prices now confirmed by AWS's own blog. The blog's limits: models trained on or after 2025-07-16 only, us-east-1 listed for deployment, and a cold start's first token at about 639 ms. Long context: a 128K window, cache reads at 25% of the input price.",
  },
  evidence: {
    ...v2("bedrock-nova-micro"),
    baseIn: [
      ev(AWS_TEXT_TO_SQL_BLOG, "Input tokens: $0.000035 per 1,000 tokens (Amazon Nova Micro)", {
        derivation: { zh: "每千 tokens 价格 × 1000", en: "Price per 1K tokens × 1,000" },
        unconfirmed: NOVA_BLOG_READ,
      }),
    ],
    baseOut: [
      ev(AWS_TEXT_TO_SQL_BLOG, "Output tokens: $0.00014 per 1,000 tokens (Amazon Nova Micro)", {
        derivation: { zh: "每千 tokens 价格 × 1000", en: "Price per 1K tokens × 1,000" },
        unconfirmed: NOVA_BLOG_READ,
      }),
    ],
    ftIn: [
      ev(AWS_TEXT_TO_SQL_BLOG, "On-demand inference: Same per-token pricing as base Nova Micro", { unconfirmed: NOVA_BLOG_READ }),
      ev(AWS_NOVA_ODI, "OD inference is supported for Amazon Nova custom understanding models trained after July 16, 2025."),
    ],
    ftOut: [
      ev(AWS_TEXT_TO_SQL_BLOG, "On-demand inference: Same per-token pricing as base Nova Micro", { unconfirmed: NOVA_BLOG_READ }),
    ],
    trainPrice: [
      ev(AWS_TEXT_TO_SQL_BLOG, "Amazon Bedrock model training cost: $0.001 per 1,000 tokens × number of epochs", {
        derivation: {
          zh: "每千训练 tokens 0.001 美元（每轮）= 每百万 1 美元；模型里再乘以轮数",
          en: "$0.001 per 1,000 training tokens per epoch = $1 per 1M; the model multiplies by epochs",
        },
        unconfirmed: NOVA_BLOG_READ,
      }),
    ],
    ftHostingMonthly: [
      ev(AWS_TEXT_TO_SQL_BLOG, "Storage: $1.95 per month per custom model", { unconfirmed: NOVA_BLOG_READ }),
      ev(
        AWS_DEPLOY_ON_DEMAND,
        "You can deploy a custom model for on-demand inference in the following Regions … US East (N. Virginia)",
        { derivation: BLOG_LIMITS },
      ),
    ],
    contextWindow: [
      ev(VERCEL_NOVA_MICRO_FAQ, "Keep the prompt within 128K tokens.", {
        derivation: {
          zh: "取 128,000（genai-prices 的 context_window 为 128e3）；AWS 的模型 ID 为 amazon.nova-micro-v1:0:128k",
          en: "128,000 (genai-prices has context_window 128e3); AWS's model id is amazon.nova-micro-v1:0:128k",
        },
        unconfirmed: SECONDARY,
      }),
    ],
    cacheReadShare: [
      ev(GENAI_PRICES, "prices:{input_mtok:.035,cache_read_mtok:.00875,output_mtok:.14}", {
        derivation: { zh: "0.00875 ÷ 0.035 = 0.25", en: "0.00875 ÷ 0.035 = 0.25" },
        unconfirmed: join(SECONDARY, {
          zh: "AWS 页面只说缓存读取“按较低费率”计费",
          en: 'AWS\'s page says only that cache reads are charged "at a reduced rate"',
        }),
      }),
      ev(AWS_PROMPT_CACHING, "When using prompt caching, you're charged at a reduced rate for tokens read from cache."),
    ],
    cacheWriteShare: [
      ev(
        AWS_PROMPT_CACHING,
        "Depending on the model, tokens written to cache may be charged at a rate that is higher than that of",
        {
          unconfirmed: NOT_FOUND({
            zh: " Nova 的缓存写入价格（存档页面在此句处截断），按与输入同价计",
            en: "Nova's cache write price (the stored page is cut at this sentence); writes are taken at the input price",
          }),
        },
      ),
    ],
    cacheStoragePrice: [
      ev(AWS_PROMPT_CACHING, "When using prompt caching, you're charged at a reduced rate for tokens read from cache.", {
        derivation: { zh: "页面没有提到存储费（0）", en: "The page mentions no storage charge (0)" },
        unconfirmed: {
          zh: "没有提到不等于没有这项费用",
          en: "That no charge is mentioned does not prove there is none",
        },
      }),
    ],
    cacheTtlMinutes: [
      ev(PORTKEY_BEDROCK_CACHING, 'Supported TTL values are "5m" (5 minutes) and "1h" (1 hour).', {
        derivation: {
          zh: "取 Bedrock 的默认 5 分钟；哪些模型可用 1 小时未说明",
          en: "Bedrock's default of 5 minutes; which models may use 1 hour is not stated",
        },
        unconfirmed: join(SECONDARY, { zh: "未针对 Nova Micro 确认", en: "not confirmed for Nova Micro" }),
      }),
    ],
    cacheMinTokens: [
      ev(LANGCHAIN4J_BEDROCK_CACHING, "Ensure cached content exceeds ~1,024 tokens for activation.", {
        derivation: {
          zh: '两个公开代码库中的常量对 Nova 取 1000（`"nova-micro": 1000`）',
          en: 'Constants in two public code bases give 1,000 for Nova (`"nova-micro": 1000`)',
        },
        unconfirmed: { zh: "AWS 页面上没有 Nova 的最小值", en: "AWS's page gives no minimum for Nova" },
      }),
    ],
    latency: [
      ev(AWS_TEXT_TO_SQL_BLOG, "we experienced cold start time to first token averaging 639 ms across 5 runs (34% increase)", {
        derivation: {
          zh: "首 token 时间 300–639 毫秒：低端取网关上基础模型的中位数 0.3 秒，高端取微调模型冷启动 639 毫秒（正常运行时 380 毫秒）；长上下文的命中与未命中延迟都由此加预填充算出",
          en: "First token 300–639 ms: the low end is the base model's median of 0.3 s on a gateway, the high end the tuned model's cold start of 639 ms (380 ms in normal operation); long context's cached and uncached latencies add prefill to these",
        },
        unconfirmed: join(NOVA_BLOG_READ, {
          zh: "预填充速度 5,000–20,000 tokens/秒仍是估计；没有找到按缓存前缀长度测得的首 token 时间，AWS 只说“延迟最多降低 85%”",
          en: 'the prefill speed of 5,000–20,000 tokens/s is still an estimate; no measurement of first-token time by cached-prefix length was found, AWS says only "reducing latency by up to 85%"',
        }),
      }),
      ev(VERCEL_NOVA_MICRO, "P50 0.3 s", { unconfirmed: SECONDARY }),
      ev(
        AWS_CACHING_SKILL,
        "Prompt caching stores frequently used input content so subsequent requests can reuse it, reducing latency by up to 85% and costs by up to 90%.",
      ),
      ...(v2("bedrock-nova-micro").latency ?? []).slice(1),
    ],
  },
};

// ── Set 2: Vertex AI, Gemini 3.5 Flash-Lite (previous generation) ──────────────────────────────
const PREVIOUS_GENERATION: Text = {
  zh: "Google 2026-10-13 的缓存页已列出更新的 Flash 模型（3.6、3.7、3.8），我们把 3.5 Flash-Lite 视为上一代；存档页面上没有“previous generation”这几个字",
  en: 'Google\'s caching page of 2026-10-13 lists newer Flash models (3.6, 3.7, 3.8), so we treat 3.5 Flash-Lite as the previous generation; the words "previous generation" are on no stored page',
};

const VERTEX_GEMINI_35_FLASH_LITE_2026_12_DOC: PriceSetDoc = {
  description: {
    zh: "与 v2 相同的方案，Gemini 3.5 Flash-Lite 现为上一代模型。它的微调价格和微调后模型的计费方式在任何存档页面上都找不到，仍是估计。长上下文：约 100 万 tokens 的窗口，显式缓存读取九折优惠后为输入价的 10%，写入与输入同价，另按存放时长收存储费。",
    en: "The v2 offer; Gemini 3.5 Flash-Lite is now a previous-generation model. Its tuning price and how a tuned model is billed are on no stored page and remain estimates. Long context: a window of about 1M tokens, explicit cache reads at 10% of the input price, writes at the input price, and storage billed by the hour.",
  },
  evidence: {
    ...v2("vertex-gemini-3-5-flash-lite"),
    baseIn: [
      ev(GENAI_PRICES, 'id:"gemini-3.5-flash-lite" … prices:{input_mtok:.3,cache_read_mtok:.03,output_mtok:2.5}', {
        unconfirmed: SECONDARY,
      }),
      ...(v2("vertex-gemini-3-5-flash-lite").baseIn ?? []),
    ],
    trainPrice: [
      ...(v2("vertex-gemini-3-5-flash-lite").trainPrice ?? []).map((e) => ({
        ...e,
        unconfirmed: join(e.unconfirmed ?? { zh: "", en: "" }, PREVIOUS_GENERATION, {
          zh: "2026-12-02 复查：存档的 Vertex 微调页只列出 2.5 系列模型，3.5 Flash-Lite 的微调价格无法核实",
          en: "re-checked 2026-12-02: the stored Vertex tuning pages list 2.5 models only, so 3.5 Flash-Lite's tuning price cannot be verified",
        }),
      })),
    ],
    contextWindow: [
      ev(GEMINI_35_FLASH_LITE_MODEL, "上下文窗口 1,048,576", {
        derivation: {
          zh: "输入上限 1,048,576 tokens，输出上限 65,536（genai-prices 记为 1,000,000）",
          en: "Input limit 1,048,576 tokens, output 65,536 (genai-prices has 1,000,000)",
        },
      }),
    ],
    cacheReadShare: [
      ev(VERTEX_CONTEXT_CACHE, "Implicit caching provides a 90% discount on cached tokens compared to standard input tokens.", {
        derivation: {
          zh: "读取价为输入价的 10%（genai-prices：0.03 ÷ 0.30）",
          en: "Reads at 10% of the input price (genai-prices: 0.03 ÷ 0.30)",
        },
        unconfirmed: {
          zh: "页面对隐式缓存给出 90% 折扣；显式缓存的折扣在存档页面上没有单独写明，我们假定相同",
          en: "The page states the 90% discount for implicit caching; the explicit cache's discount is not stated separately on a stored page, and we assume the same",
        },
      }),
    ],
    cacheWriteShare: [
      ev(
        VERTEX_CONTEXT_CACHE,
        "For both implicit and explicit caching, you're billed for the input tokens used to create the cache at the standard input token price.",
      ),
    ],
    cacheStoragePrice: [
      ev(
        VERTEX_CONTEXT_CACHE,
        "For explicit caching, there are also storage costs based on how long caches are stored. There are no storage costs for implicit caching.",
      ),
      ev(GEMINI_31_FLASH_LITE_PRICING_COPY, "Cache storage\n$1.00 / 1M tokens per hour", {
        derivation: {
          zh: "每百万 tokens 每小时 1.00 美元，读自第三方对 Google 价格页（2026-03-03）中 Gemini 3.1 Flash-Lite 一行的转录",
          en: "$1.00 per 1M tokens per hour, from a third party's transcription of Google's price list (2026-03-03) for Gemini 3.1 Flash-Lite",
        },
        unconfirmed: {
          zh: "这是 3.1 Flash-Lite 的价格；3.5 Flash-Lite 的存储价在存档页面上找不到，我们假定相同",
          en: "This is 3.1 Flash-Lite's price; 3.5 Flash-Lite's storage price is on no stored page, and we assume the same",
        },
      }),
    ],
    cacheTtlMinutes: [
      ev(GEMINI_API_CACHING, "If not set, the TTL defaults to 1 hour.", {
        derivation: {
          zh: "显式缓存默认 60 分钟；本模型按存储计费时假定缓存整月保留，TTL 不影响成本",
          en: "An explicit cache's default of 60 minutes; with storage billed, the model assumes the cache is kept all month, so the TTL does not change the cost",
        },
        unconfirmed: {
          zh: "该存档页面较旧（写于 Gemini 1.5 时期），未针对 3.5 Flash-Lite 确认",
          en: "The stored page is older (written for Gemini 1.5) and not confirmed for 3.5 Flash-Lite",
        },
      }),
    ],
    cacheMinTokens: [
      ev(VERTEX_CONTEXT_CACHE_MIN, "Caching requests must contain a minimum of 2,048 tokens.", {
        unconfirmed: {
          zh: "Vertex 对所有模型的总体规定；Gemini API 的缓存页（2026-10-13）对 3.5 Flash 列为 4,096，Flash-Lite 没有单独一行",
          en: "Vertex's general rule; the Gemini API caching page (2026-10-13) lists 4,096 for 3.5 Flash and has no row for Flash-Lite",
        },
      }),
      ev(GEMINI_API_CACHING_2026_10, "| Gemini 3.5 Flash | 4,096 |", {
        unconfirmed: {
          zh: "这一行是 3.5 Flash（非 Flash-Lite）在 Gemini API 上的值，未采用",
          en: "This row is 3.5 Flash (not Flash-Lite) on the Gemini API; not used",
        },
      }),
      ev(
        GEMINI_REPLACEMENT_NOTICE,
        "Google also names gemini-3.5-flash-lite and gemini-3.8-flash as the official replacements for these two models.",
        {
          derivation: PREVIOUS_GENERATION,
          unconfirmed: {
            zh: "关于该模型所处代际的背景，不是这个数字的来源",
            en: "Context on the model's generation, not a source of this figure",
          },
        },
      ),
    ],
  },
};

// ── Set 3: Together AI, Qwen3 8B LoRA on a dedicated endpoint; RAG on Qwen3.5 9B serverless ────
const TOGETHER_DISPUTE: Text = {
  zh: "两个第三方来源不一致：作为 Hugging Face 推理提供方时为 0.10 / 0.15 美元，LiteLLM 对 Together 自身接口的价格测试为 0.17 / 0.25 美元。我们取后者：那是 Together 自己的渠道，也不会让付这笔钱的 RAG 和长上下文显得更便宜。v2 的来源文件现在自称“生成的、并非从提供方采集”，已弃用",
  en: "Two secondary sources disagree: $0.10 / $0.15 with Together as a Hugging Face inference provider, $0.17 / $0.25 in LiteLLM's catalogue test for Together's own API. We use the latter: it is Together's own channel, and it does not flatter RAG and long context, which pay it. v2's source file now calls itself \"generated … not harvested\" and is dropped",
};
const TOGETHER_BASE: PriceEvidence[] = [
  ev(LITELLM_TOGETHER_TEST, '("together_ai/Qwen/Qwen3.5-9B", 1.7e-07, None, 2.5e-07, 262144)', {
    derivation: { zh: "每 token 价格 × 1e6：0.17 / 0.25", en: "Price per token × 1e6: 0.17 / 0.25" },
    unconfirmed: TOGETHER_DISPUTE,
  }),
  ev(HF_TOGETHER_IN_GENAI_PRICES, 'huggingface_together Qwen/Qwen3.5-9B … {"input_mtok":0.1,"output_mtok":0.15}', {
    unconfirmed: { zh: "另一来源的价格，未采用", en: "The other source's price, not used" },
  }),
];
const NO_CACHED_RATE: Text = {
  zh: "LiteLLM 的 Together 价格表中该模型的缓存价为空（其他模型有），说明可能没有缓存折扣；未读到 Together 自己的页面",
  en: "LiteLLM's Together catalogue has no cached rate for this model (others have one), which suggests no cache discount; Together's own page was not read",
};

const TOGETHER_QWEN3_8B_2026_12_DOC: PriceSetDoc = {
  description: {
    zh: "与 v2 相同的方案。RAG 与长上下文所用的 Qwen3.5 9B 价格来源有争议（0.10/0.15 对 0.17/0.25 美元），我们取较高的一组并说明原因；H100 专用端点每小时 3.99 美元现已见于 Together 自己的文档；LoRA 训练价不再有来源。注：Fireworks 已在预览中以基础模型价格在无服务器池上运行 LoRA 适配器，但只支持 GLM 5.3 Flash，本方案的模型用不上。",
    en: "The v2 offer. The price of Qwen3.5 9B, which RAG and long context call, is disputed ($0.10/$0.15 vs $0.17/$0.25); we use the higher pair and say why. The $3.99 H100 endpoint hour is now on Together's own docs; the LoRA training price no longer has a source. Note: Fireworks now runs LoRA adapters on its serverless pool at the base model's price, in preview, for GLM 5.3 Flash only, which this set's models cannot use.",
  },
  evidence: {
    ...v2("together-qwen3-8b-dedicated"),
    baseIn: TOGETHER_BASE,
    baseOut: TOGETHER_BASE,
    trainPrice: [
      ev(TOGETHER_FT_PRICING, "For current rates, see the together.ai/pricing.", {
        unconfirmed: {
          zh: "Together 的文档不再列出费率，v2 的 0.48 美元/百万来源文件已弃用；该数值没有当前来源",
          en: "Together's docs no longer print rates and v2's source for $0.48 per 1M is dropped; the figure has no current source",
        },
      }),
    ],
    ftServerMonthly: [
      ev(TOGETHER_DEDICATED, "1x H100 80GB$3.99", {
        derivation: { zh: "3.99 美元/小时 × 730.5 小时 = 2,914.695 美元", en: "$3.99/h × 730.5 h = $2,914.695" },
      }),
      ev(
        TOGETHER_DEDICATED,
        "Dedicated endpoints bill per-minute by hardware while the endpoint is running, regardless of your model or request volume.",
      ),
    ],
    contextWindow: [ev(HF_TOGETHER_IN_GENAI_PRICES, "Qwen/Qwen3.5-9B … ctx 262144", { unconfirmed: SECONDARY })],
    cacheReadShare: [
      ev(LITELLM_TOGETHER_TEST, '("together_ai/Qwen/Qwen3.5-9B", 1.7e-07, None, 2.5e-07, 262144)', {
        unconfirmed: NO_CACHED_RATE,
      }),
    ],
    cacheWriteShare: [
      ev(LITELLM_TOGETHER_TEST, '("together_ai/Qwen/Qwen3.5-9B", 1.7e-07, None, 2.5e-07, 262144)', {
        unconfirmed: NOT_FOUND({ zh: "缓存写入价格", en: "a cache write price" }),
      }),
    ],
    cacheStoragePrice: [
      ev(TOGETHER_DEDICATED, "Configure endpoint hardware, autoscaling, decoding, prompt caching.", {
        unconfirmed: NOT_FOUND({ zh: "无服务器调用的缓存存储费", en: "a storage charge for serverless caching" }),
      }),
    ],
    cacheTtlMinutes: [
      ev(TOGETHER_DEDICATED, "Configure endpoint hardware, autoscaling, decoding, prompt caching.", {
        unconfirmed: NOT_FOUND({ zh: "缓存有效期", en: "a cache lifetime" }),
      }),
    ],
    cacheMinTokens: [
      ev(TOGETHER_DEDICATED, "Configure endpoint hardware, autoscaling, decoding, prompt caching.", {
        unconfirmed: NOT_FOUND({ zh: "最小可缓存前缀", en: "a minimum cacheable prefix" }),
      }),
    ],
  },
};

// ── Set 4: self-hosted Qwen3 8B LoRA on RunPod; RAG on Fireworks' serverless Qwen3 8B ───────────
const RUNPOD_RANGE_H100: Text = {
  zh: "价格区间：H100 SXM Secure 2026-08-19 为 3.29 美元，2026-09-25 为 3.49 美元，2026-10-19 起为 3.99 美元（三个月涨 21%）；取最新值",
  en: "Price range: H100 SXM Secure $3.29 on 2026-08-19, $3.49 on 2026-09-25, $3.99 from 2026-10-19 (up 21% in three months); the latest is used",
};
const RUNPOD_RANGE_A100: Text = {
  zh: "价格区间：A100 SXM Secure 2026-08-19 为 1.59 美元，2026-10-19 起为 1.79 美元；取最新值",
  en: "Price range: A100 SXM Secure $1.59 on 2026-08-19, $1.79 from 2026-10-19; the latest is used",
};
const FIREWORKS_PREVIEW: Text = {
  zh: "Fireworks 的“专用模型推理”预览以基础模型的 token 价格在无服务器池上运行 LoRA 适配器，但只支持 GLM 5.3 Flash；Qwen3 8B 不在列表中，v2 说“没有这种服务”已过时",
  en: "Fireworks' Specialized Model Inference preview runs LoRA adapters on its serverless pool at the base model's token price, for GLM 5.3 Flash only; Qwen3 8B is not on the list. v2's note that no such offer exists is out of date",
};

const RUNPOD_QWEN3_8B_2026_12_DOC: PriceSetDoc = {
  description: {
    zh: "与 v2 相同的方案，并列出 RunPod 的价格区间：H100 从 3.29 涨到 3.49 再到 3.99 美元/小时，A100 从 1.59 涨到 1.79 美元/小时（2026 年 8 月至 11 月）。Fireworks 现已在预览中按基础模型价格提供无服务器 LoRA，但只支持 GLM 5.3 Flash。长上下文：Qwen3 8B 原生窗口 32,768 tokens（YaRN 可扩到 131,072），Fireworks 默认缓存读取五折。",
    en: "The v2 offer, with RunPod's price range shown: H100 from $3.29 to $3.49 to $3.99 an hour, A100 from $1.59 to $1.79 (August to November 2026). Fireworks now offers serverless LoRA at the base model's price, in preview, for GLM 5.3 Flash only. Long context: Qwen3 8B's native window of 32,768 tokens (131,072 with YaRN), cache reads at Fireworks' default of 50% off.",
  },
  evidence: {
    ...v2("runpod-qwen3-8b-lora"),
    baseIn: [
      ev(FIREWORKS_SERVERLESS_PRICING, "Other base models — by size and architecture", {
        unconfirmed: join(
          {
            zh: "存档页面的按规模价格表被截断，0.20 美元仍是 v2 的估计",
            en: "The stored page's size-tier table is cut off; $0.20 is still v2's estimate",
          },
          FIREWORKS_PREVIEW,
        ),
      }),
    ],
    baseOut: [
      ev(FIREWORKS_SERVERLESS_PRICING, "Other base models — by size and architecture", {
        unconfirmed: { zh: "同输入价格", en: "As for the input price" },
      }),
      ev(
        FIREWORKS_SPECIALIZED,
        "Specialized Model Inference runs your LoRA adapters on Fireworks' shared serverless pool. You don't create or pay for a deployment.",
        { derivation: FIREWORKS_PREVIEW },
      ),
    ],
    trainPrice: [
      ...(v2("runpod-qwen3-8b-lora").trainPrice ?? []),
      ev(RUNPOD_HISTORY_PRIVUM, "2026-08-19 | runpod | A100 SXM | A100 SXM | 80 | secure | 1.59", {
        derivation: RUNPOD_RANGE_A100,
        unconfirmed: SECONDARY,
      }),
      ev(RUNPOD_HISTORY_600ME, "RunPod | A100 80G SXM | 80 | Secure | 1.79 … 2026-10-19", { unconfirmed: SECONDARY }),
    ],
    ftServerMonthly: [
      ev(RUNPOD_PRICES_COPY, '{"gpu": "H100 SXM", "gpu_memory_gb": 80, "usd_per_gpu_hour": 3.99}', {
        derivation: {
          zh: "3.99 美元/小时 × 730.5 小时 = 2,914.695 美元",
          en: "$3.99/h × 730.5 h = $2,914.695",
        },
        unconfirmed: join(SECONDARY, RUNPOD_RANGE_H100),
      }),
      ev(RUNPOD_HISTORY_PRIVUM, "2026-08-19 | runpod | H100 SXM | … | secure | 3.29", { unconfirmed: SECONDARY }),
      ev(
        RUNPOD_HISTORY_SILYBENCH,
        '"usd_per_gpu_hour": 3.49, … "product": "H100 SXM, Secure Cloud", … "checked_at": "2026-09-25"',
        {
          unconfirmed: SECONDARY,
        },
      ),
    ],
    contextWindow: [
      ev(
        QWEN3_8B_OPENROUTER,
        "It natively supports a 32K token context window and can extend to 131K tokens with YaRN scaling.",
        {
          derivation: {
            zh: "取原生的 32,768；用 YaRN 可到 131,072，但 Fireworks 上提供哪一种未确认",
            en: "The native 32,768; YaRN reaches 131,072, but which one Fireworks serves is not confirmed",
          },
          unconfirmed: SECONDARY,
        },
      ),
    ],
    cacheReadShare: [
      ev(
        FIREWORKS_CACHING,
        "For serverless models, cached prompt tokens are discounted compared to regular prompt tokens. The default discount is 50%, but the exact discount varies by model.",
        { unconfirmed: { zh: "默认折扣，未针对 Qwen3 8B 确认", en: "The default discount, not confirmed for Qwen3 8B" } },
      ),
    ],
    cacheWriteShare: [
      ev(FIREWORKS_CACHING, "Prompt caching is enabled by default for all Fireworks models and deployments.", {
        derivation: { zh: "页面没有提到写入加价（与输入同价）", en: "The page mentions no write surcharge (input price)" },
        unconfirmed: NOT_FOUND({ zh: "缓存写入价格", en: "a cache write price" }),
      }),
    ],
    cacheStoragePrice: [
      ev(FIREWORKS_CACHING, "Prompt caching is enabled by default for all Fireworks models and deployments.", {
        unconfirmed: NOT_FOUND({ zh: "缓存存储费", en: "a cache storage charge" }),
      }),
    ],
    cacheTtlMinutes: [
      ev(FIREWORKS_CACHING, "Prompt caching is enabled by default for all Fireworks models and deployments.", {
        unconfirmed: NOT_FOUND({ zh: "缓存有效期", en: "a cache lifetime" }),
      }),
    ],
    cacheMinTokens: [
      ev(FIREWORKS_CACHING, "Prompt caching is enabled by default for all Fireworks models and deployments.", {
        unconfirmed: NOT_FOUND({ zh: "最小可缓存前缀", en: "a minimum cacheable prefix" }),
      }),
    ],
  },
};

/** The words of the v3 price sets, by id. */
export const V3_PRICE_SET_DOCS: Record<V3PriceSetId, PriceSetDoc> = {
  "bedrock-nova-micro-2026-12": BEDROCK_NOVA_MICRO_2026_12_DOC,
  "vertex-gemini-3-5-flash-lite-2026-12": VERTEX_GEMINI_35_FLASH_LITE_2026_12_DOC,
  "together-qwen3-8b-dedicated-2026-12": TOGETHER_QWEN3_8B_2026_12_DOC,
  "runpod-qwen3-8b-lora-2026-12": RUNPOD_QWEN3_8B_2026_12_DOC,
};
