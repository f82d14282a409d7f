/**
 * The words of the v2 price sets: for every number, the page it was read from, the day, the sentence
 * as the page gives it, how derived numbers were worked out, and what could not be confirmed. The
 * numbers themselves are in price-sets-v2.ts.
 */
import type { Assumptions } from "./assumptions";
import type { Text } from "./i18n-text";
import type { PriceEvidence, PriceSetDoc } from "./price-set-types";
import { V2_CHECKED } from "./price-sets-v2";

type Evidence = Partial<Record<keyof Assumptions | "latency", PriceEvidence[]>>;

const ev = (url: string, quote: string, more: { derivation?: Text; unconfirmed?: Text } = {}): PriceEvidence => ({
  url,
  checked: V2_CHECKED,
  quote,
  ...more,
});

// ── Pages ───────────────────────────────────────────────────────────────────────────────────────
const AWS_PRICE_LIST_COPY =
  "https://github.com/api-evangelist/amazon-nova/blob/97c0aa270bfa98a5859c8974e12d07b1a4d88987/plans/amazon-nova-plans-pricing.yml";
const AWS_BEDROCK_PRICING_BLOG = "https://techdailyfeed.com/understanding-amazon-bedrock-pricing-from-on-demand-to-fine-tuning";
const AWS_NOVA_FT_BLOG =
  "https://aws.amazon.com/blogs/machine-learning/customize-amazon-nova-models-with-amazon-bedrock-fine-tuning";
const AWS_NOVA_ODI = "https://docs.aws.amazon.com/nova/latest/userguide/custom-fine-tune-odi.html";
const AWS_NOVA_CUSTOMIZATION = "https://docs.aws.amazon.com/nova/latest/userguide/customization.html";
const BEDROCK_2024_TABLE = "https://github.com/becloudready/beautiful-jekyll/blob/HEAD/_posts/2024-03-13-aws-bedrock-pricing.md";
const AWS_AIPERF = "https://aiperf.ghast.people.aws.dev/sitemap.xml";

const VERCEL_GEMINI_35_FLASH_LITE = "https://vercel.com/ai-gateway/models/gemini-3.5-flash-lite.md";
const GEMINI_TUNING_REFERENCE = "https://docs.cloud.google.com/gemini-enterprise-agent-platform/reference/models/tuning.md.txt";
const HF_GEMINI_TUNED_PRICE_POST = "https://huggingface.co/posts/singhsidhukuldeep/668434057161902";
const APIYI_GEMINI_35_FLASH_LITE = "https://docs.apiyi.com/en/models/gemini-3-5-flash-lite";

const TOGETHER_PLANS_COPY =
  "https://github.com/api-evangelist/together-ai/blob/39cbb800463588b99440617dd26aa14514ae3080/plans/together-ai-plans-pricing.yml";
const TOGETHER_FT_PRICING_DOC = "https://docs.together.ai/docs/fine-tuning/pricing.md";
const TOGETHER_FT_OVERVIEW = "https://docs.together.ai/docs/fine-tuning/overview";

const RUNPOD_PRICES_COPY = "https://raw.githubusercontent.com/datareceipts/data-receipts/main/109-gpu-pricing/vendors.json";
const RUNPOD_POD_PRICING_DOC = "https://docs.runpod.io/pods/pricing";
const QWEN_README = "https://github.com/QwenLM/Qwen/blob/03cd81f5e4da6ab60fc8f97f3b8aa1206fdb08a9/README.md";
const QWEN_README_PROFILING_MIRROR =
  "https://git.isekai.cn/hyperzlib/Isekai-Qwen/commit/35023b6f2a932bde6ed27f21ec03164ccf09a25f?style=unified&whitespace=ignore-eol";
const SILYBENCH_COST =
  "https://github.com/tgarg01/silybench-data/blob/045df3bf56b8d62c58f108fc43cb397306b83331/derived/cost.json";

const PINECONE_COST_DOC = "https://docs.pinecone.io/guides/organizations/manage-cost/understanding-cost";
const PINECONE_RATES_COPY = "https://usagepricing.com/blueprint/pinecone";
const PINECONE_RU_NEWS =
  "https://www.blocksandfiles.com/ai-ml/2025/12/01/pinecone-rolls-out-dedicated-read-nodes-to-boost-vector-search-performance/1719050";
const EMBEDDING_MODEL_CARD = "https://zilliz.com/ai-models/text-embedding-3-small.md";
const EMBEDDING_LATENCY_NOTE = "https://agentbeck.bot/report/55489";
const PINECONE_LATENCY_TUTORIAL = "https://theneuralbase.com/pinecone/learn/beginner/sub-100ms-search-at-billion-scale/";

// ── Shared words ────────────────────────────────────────────────────────────────────────────────
const TRANSCRIPTION = (what: Text): Text => ({
  zh: `数字读自第三方对厂商页面的逐字转录（${what.zh}），我们没有读到厂商页面本身的存档`,
  en: `Read from a third party's verbatim transcription of the vendor page (${what.en}); we could not read a stored copy of the vendor page itself`,
});
const OLDER_THAN_JUNE: (date: string) => Text = (date) => ({
  zh: `该页面标注的日期为 ${date}，早于 2026-06，价格此后可能已变`,
  en: `The page is dated ${date}, before 2026-06; the price may have changed since`,
});
const join = (...ts: Text[]): Text => ({ zh: ts.map((t) => t.zh).join("；"), en: ts.map((t) => t.en).join("; ") });
const NONE: Text = { zh: "该方案没有这项费用", en: "This offer has no such charge" };

// ── The shared retrieval stack: text-embedding-3-small + Pinecone serverless (Standard) ─────────

const RETRIEVAL_EVIDENCE: Evidence = {
  embedPrice: [
    ev(EMBEDDING_MODEL_CARD, "| Price | $ 0.02/1M tokens |", {
      unconfirmed: join(OLDER_THAN_JUNE("2024-08-17"), {
        zh: "v1 的假设表记录该价格于 2026-11-23 对照 OpenAI 模型页核对未变，但本次未读到 OpenAI 页面的存档",
        en: "our v1 assumptions table records this price as checked unchanged against OpenAI's model page on 2026-11-23, but we could not read a stored copy of that page this time",
      }),
    }),
  ],
  vectorDims: [
    ev(EMBEDDING_MODEL_CARD, "| Dimensions | 1536 |", {
      derivation: {
        zh: "text-embedding-3-small 的默认输出维度；每维按 4 字节存储",
        en: "The default output size of text-embedding-3-small; each dimension is stored in 4 bytes",
      },
    }),
  ],
  storagePrice: [
    ev(
      PINECONE_RATES_COPY,
      "Usage rates rise with tier — Standard is ~$16–18/M RU and ~$4–4.50/M WU; Enterprise is ~$24–27/M RU and ~$6–6.75/M WU; storage ~$0.33/GB/mo.",
      {
        unconfirmed: TRANSCRIPTION({
          zh: "该页注明 2026-06-09 对照 pinecone.io/pricing 核对",
          en: "the page says it was verified against pinecone.io/pricing on 2026-06-09",
        }),
      },
    ),
  ],
  readPrice: [
    ev(
      PINECONE_RU_NEWS,
      "RUs cost zero for the starter price plan, $16/million for the standard plan, $24/million for the enterprise plan, and have a custom price for the dedicated plan.",
    ),
    ev(
      PINECONE_COST_DOC,
      "Specifically, a query uses 1 RU for every 1 GB of namespace size, with a minimum of 0.25 RUs per query.",
      {
        derivation: {
          zh: "与本模型的读取单位定义一致：每次查询消耗 max(0.25, 索引 GB 数) 个读取单位",
          en: "The same read-unit rule the model uses: one query costs max(0.25, index size in GB) read units",
        },
      },
    ),
    ev(
      PINECONE_RATES_COPY,
      "Usage rates rise with tier — Standard is ~$16–18/M RU and ~$4–4.50/M WU; Enterprise is ~$24–27/M RU and ~$6–6.75/M WU; storage ~$0.33/GB/mo.",
      {
        unconfirmed: {
          zh: "标准版读取价格随云区域在 16–18 美元/百万之间，我们取最低的 16 美元（未能确认对应哪个区域）",
          en: "The Standard read price ranges from $16 to $18 per million by cloud region; we take the lowest, $16 (which region it belongs to is not confirmed)",
        },
      },
    ),
  ],
  vectorDbMinimum: [ev(PINECONE_COST_DOC, "| Standard | $50/month |")],
};

const RETRIEVAL_LATENCY_EVIDENCE: PriceEvidence[] = [
  ev(
    EMBEDDING_LATENCY_NOTE,
    "Sending 1000 texts as 1000 individual sequential requests hits rate limits \\(RPM: 3000-10000 depending on tier\\) and incurs network latency \\(~200-500ms\\) per request.",
    {
      derivation: {
        zh: "查询向量化 200–500 毫秒：一次只嵌入一个问题时的单次请求往返",
        en: "Query embedding 200–500 ms: one request round trip when a single question is embedded",
      },
      unconfirmed: {
        zh: "这是一条未经验证的社区报告（2026-06-19），不是 OpenAI 公布的数字；我们没有找到官方的嵌入延迟数据",
        en: "An unverified community report (2026-06-19), not a figure OpenAI publishes; we found no official embedding latency",
      },
    },
  ),
  ev(PINECONE_LATENCY_TUTORIAL, "This is why searching 1 billion vectors takes the same ~50-100ms as searching 10 million.", {
    derivation: {
      zh: "向量检索 50–100 毫秒",
      en: "Vector search 50–100 ms",
    },
    unconfirmed: {
      zh: "出自第三方教程而非 Pinecone 的基准测试，页面未标日期；Pinecone 未公布 serverless 查询延迟",
      en: "From a third-party tutorial, not a Pinecone benchmark, and the page shows no date; Pinecone publishes no serverless query latency",
    },
  }),
];

// ── Set 1 (default): Amazon Bedrock, Nova Micro, tuned model on demand ──────────────────────────

const NOVA_IN_QUOTE =
  "- model: Amazon Nova Micro\n  model_id: amazon.nova-micro-v1:0\n  entries:\n  - metric: input_tokens\n    unit: 1K tokens\n    price: '0.000035'";
const NOVA_OUT_QUOTE = "  - metric: output_tokens\n    unit: 1K tokens\n    price: '0.000140'";
const NOVA_PRICE_LIST_NOTE = TRANSCRIPTION({
  zh: "该文件注明 2026-09-01 读自 AWS Price List Bulk API 的 us-east-1 按需价格",
  en: "the file says it was read from the AWS Price List Bulk API, us-east-1 on-demand, on 2026-09-01",
});
const PER_1K_TO_PER_1M: Text = { zh: "每千 tokens 价格 × 1000", en: "Price per 1K tokens × 1,000" };
const NOVA_TUNED_AT_BASE: PriceEvidence[] = [
  ev(
    AWS_NOVA_FT_BLOG,
    "Nova models support on-demand invocation of customized models in Amazon Bedrock. This means you pay only per-call at the standard rate for the model, instead of needing to purchase more expensive allocated capacity (Provisioned Throughput).",
    {
      derivation: {
        zh: "微调后的 Nova Micro 按需调用时按基础模型的标准费率计费，因此与 baseIn / baseOut 相同",
        en: "A tuned Nova Micro called on demand is billed at the base model's standard rate, so this equals baseIn / baseOut",
      },
    },
  ),
  ev(AWS_NOVA_ODI, "With On-demand inference, you are charged based on usage, measured in tokens, both in and out."),
];

const BEDROCK_NOVA_MICRO_DOC: PriceSetDoc = {
  description: {
    zh: "RAG 和微调用的是同一个 Nova Micro：在 Bedrock 上做参数高效微调，调优后的模型按需调用，按基础模型的 token 单价计费，每个自定义模型另收少量月度存储费。",
    en: "RAG and fine-tuning use the same Nova Micro: a parameter-efficient tune on Bedrock, with the tuned model called on demand at the base model's token price, plus a small monthly storage fee per custom model.",
  },
  reason: {
    zh: "由对同一方案的 2026 年 12 月复查取代（bedrock-nova-micro-2026-12，v3 模型）：价格不变，现已由 AWS 自己的博客证实；首个 token 按复查结果更慢，为 300–639 毫秒（含冷启动），此处为 210–330 毫秒。",
    en: "Replaced by December 2026's re-check of the same offer (bedrock-nova-micro-2026-12, model v3): the same prices, now confirmed by AWS's own blog, and a slower first token, 300–639 ms (a cold start included) against 210–330 ms here.",
  },
  evidence: {
    baseIn: [
      ev(AWS_PRICE_LIST_COPY, NOVA_IN_QUOTE, { derivation: PER_1K_TO_PER_1M, unconfirmed: NOVA_PRICE_LIST_NOTE }),
      ev(
        AWS_BEDROCK_PRICING_BLOG,
        "For example, Amazon Nova Micro—a lightweight text generation model—charges $0.000035 per 1,000 input tokens and $0.00014 per 1,000 output tokens when used in on-demand mode.",
        { unconfirmed: { zh: "第三方文章，页面未标日期", en: "A third-party article; the page shows no date" } },
      ),
    ],
    baseOut: [
      ev(AWS_PRICE_LIST_COPY, NOVA_OUT_QUOTE, { derivation: PER_1K_TO_PER_1M, unconfirmed: NOVA_PRICE_LIST_NOTE }),
      ev(
        AWS_BEDROCK_PRICING_BLOG,
        "For example, Amazon Nova Micro—a lightweight text generation model—charges $0.000035 per 1,000 input tokens and $0.00014 per 1,000 output tokens when used in on-demand mode.",
        { unconfirmed: { zh: "第三方文章，页面未标日期", en: "A third-party article; the page shows no date" } },
      ),
    ],
    ftIn: NOVA_TUNED_AT_BASE,
    ftOut: NOVA_TUNED_AT_BASE,
    trainPrice: [
      ev(AWS_NOVA_CUSTOMIZATION, "| Amazon Nova Micro | amazon.nova-micro-v1:0:128k | Yes | Student | Yes |", {
        derivation: {
          zh: "该表确认 Nova Micro 可在 Bedrock 上微调；训练单价取每千训练 tokens 0.001 美元，即每百万 1 美元",
          en: "The table confirms Nova Micro can be fine-tuned on Bedrock; the training price used is $0.001 per 1,000 training tokens, i.e. $1 per 1M",
        },
        unconfirmed: {
          zh: "我们没有在任何存档页面上读到 Nova Micro 的训练单价；每百万 1 美元是我们按记忆中的 Bedrock 价格表给出的估计，需对照 aws.amazon.com/bedrock/pricing 核实",
          en: "We did not find Nova Micro's training price on any stored page; $1 per 1M is our estimate from the Bedrock price table as we remember it, to be checked against aws.amazon.com/bedrock/pricing",
        },
      }),
    ],
    ftHostingMonthly: [
      ev(
        BEDROCK_2024_TABLE,
        "| Cohere models | Price to train 1,000 tokens | Price to store each custom model per month | Price to infer from a custom model per model unit per hour (with no-commit Provisioned Throughput pricing) |\n| Cohere Command | $0.004 | $1.95 | $49.50 |",
        {
          derivation: {
            zh: "Bedrock 对每个自定义模型每月收取 1.95 美元存储费",
            en: "Bedrock charges $1.95 a month to store each custom model",
          },
          unconfirmed: join(OLDER_THAN_JUNE("2024-03-13"), {
            zh: "该行是其他模型家族的价格，我们假定 Nova 自定义模型的存储费相同，未能在当前页面上确认",
            en: "the row is for another model family; we assume Nova custom models pay the same storage fee, which we could not confirm on a current page",
          }),
        },
      ),
    ],
    ftServerMonthly: [
      ev(AWS_NOVA_ODI, "With On-demand inference, you are charged based on usage, measured in tokens, both in and out.", {
        derivation: NONE,
      }),
    ],
    ftServerTokensPerSecond: [
      ev(AWS_NOVA_ODI, "With On-demand inference, you are charged based on usage, measured in tokens, both in and out.", {
        derivation: {
          zh: "按 token 计费、不租服务器，因此不需要服务器吞吐（0）",
          en: "Billed per token with no server to rent, so no server throughput (0)",
        },
      }),
    ],
    ...RETRIEVAL_EVIDENCE,
    latency: [
      ev(AWS_AIPERF, "| nova-micro (direct) | ✗ | ✗ | ✗ | ✗ | ✗ | 0.33 | ✗ | ✗ | ✗ | 0.21 | ✗ | 0.25 | ✗ | ✗ | ✗ |", {
        derivation: {
          zh: "首 token 时间 210–330 毫秒：该表中 Nova Micro 在 eu-west-2（0.21 秒）、us-east-1（0.25 秒）、ap-southeast-2（0.33 秒）的平均值",
          en: "Time to first token 210–330 ms: Nova Micro's averages in that table for eu-west-2 (0.21 s), us-east-1 (0.25 s) and ap-southeast-2 (0.33 s)",
        },
        unconfirmed: {
          zh: "测的是基础模型而非按需部署的微调模型，测量窗口未标年份；预填充速度 5,000–20,000 tokens/秒是我们的估计，未找到公布数据",
          en: "Measured on the base model, not a tuned on-demand deployment, and the measurement window shows no year; the prefill speed of 5,000–20,000 tokens/s is our estimate, no published figure found",
        },
      }),
      ...RETRIEVAL_LATENCY_EVIDENCE,
    ],
  },
};

// ── Set 2: Vertex AI (Gemini Enterprise Agent Platform), Gemini 3.5 Flash-Lite ─────────────────
const GEMINI_35_PRICE_QUOTE = "- **Pricing:** $0.3/1M input tokens, $2.50/1M output tokens";
const GEMINI_35_PRICE_NOTE: Text = {
  zh: "读自 Vercel AI Gateway 的模型页（提供方列为 google、vertex），不是 Google 的价格页；我们没有读到 Vertex 价格页的存档",
  en: "Read from Vercel AI Gateway's model page (providers listed: google, vertex), not Google's own price list; we could not read a stored copy of the Vertex pricing page",
};
const GEMINI_TUNED_AT_BASE: PriceEvidence[] = [
  ev(HF_GEMINI_TUNED_PRICE_POST, "It now supports fine-tuning, and the inference cost is the same as the base model!", {
    derivation: {
      zh: "调优后的 Gemini 按基础模型的 token 单价计费，因此与 baseIn / baseOut 相同",
      en: "A tuned Gemini is billed at the base model's token price, so this equals baseIn / baseOut",
    },
    unconfirmed: {
      zh: "这是 2024 年关于 Gemini 1.5 Flash 的帖子（早于 2026-06）；我们未能在当前 Vertex 价格页上确认 3.5 Flash-Lite 调优模型仍按基础价计费",
      en: "A 2024 post about Gemini 1.5 Flash (before 2026-06); we could not confirm on a current Vertex pricing page that a tuned 3.5 Flash-Lite is still billed at the base price",
    },
  }),
];

const VERTEX_GEMINI_35_FLASH_LITE_DOC: PriceSetDoc = {
  description: {
    zh: "Google 云上的同一个 Gemini 3.5 Flash-Lite：RAG 直接调用基础模型，微调走 Vertex 的监督微调，调优后的模型按基础模型的 token 单价调用。",
    en: "The same Gemini 3.5 Flash-Lite on Google Cloud: RAG calls the base model, fine-tuning uses Vertex supervised tuning, and the tuned model is called at the base model's token price.",
  },
  reason: {
    zh: "由 2026 年 12 月的复查取代（vertex-gemini-3-5-flash-lite-2026-12，v3 模型）：价格不变，但 Gemini 3.5 Flash-Lite 已是上一代模型。",
    en: "Replaced by December 2026's re-check (vertex-gemini-3-5-flash-lite-2026-12, model v3): the same prices, but Gemini 3.5 Flash-Lite is now a previous-generation model.",
  },
  evidence: {
    baseIn: [ev(VERCEL_GEMINI_35_FLASH_LITE, GEMINI_35_PRICE_QUOTE, { unconfirmed: GEMINI_35_PRICE_NOTE })],
    baseOut: [ev(VERCEL_GEMINI_35_FLASH_LITE, GEMINI_35_PRICE_QUOTE, { unconfirmed: GEMINI_35_PRICE_NOTE })],
    ftIn: GEMINI_TUNED_AT_BASE,
    ftOut: GEMINI_TUNED_AT_BASE,
    trainPrice: [
      ev(
        GEMINI_TUNING_REFERENCE,
        "- [Gemini 3.5 Flash-Lite](https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/gemini/3-5-flash-lite.md.txt)",
        {
          derivation: {
            zh: "该页把 Gemini 3.5 Flash-Lite 列为支持监督微调的模型；训练单价取每百万训练 tokens 5 美元",
            en: "The page lists Gemini 3.5 Flash-Lite among the models that support supervised fine-tuning; the training price used is $5 per 1M training tokens",
          },
          unconfirmed: {
            zh: "我们没有在存档页面上读到 3.5 Flash-Lite 的调优单价；5 美元是估计：它的 token 单价与 Gemini 2.5 Flash 相同（0.30 / 2.50 美元），Google 也把它作为 2.5 Flash 的替代，我们沿用记忆中 2.5 Flash 的调优单价",
            en: "We did not find 3.5 Flash-Lite's tuning price on a stored page; $5 is an estimate: its token price equals Gemini 2.5 Flash's ($0.30 / $2.50) and Google names it 2.5 Flash's replacement, so we carry over 2.5 Flash's tuning price as we remember it",
          },
        },
      ),
    ],
    ftHostingMonthly: [
      ev(HF_GEMINI_TUNED_PRICE_POST, "It now supports fine-tuning, and the inference cost is the same as the base model!", {
        derivation: NONE,
        unconfirmed: {
          zh: "我们没有找到对调优后的 Gemini 收取托管或存储费的页面；0 是我们对其按 token 计费的理解，未能确认",
          en: "We found no page charging a hosting or storage fee for tuned Gemini models; 0 is our reading of its per-token billing, not confirmed",
        },
      }),
    ],
    ftServerMonthly: [
      ev(HF_GEMINI_TUNED_PRICE_POST, "It now supports fine-tuning, and the inference cost is the same as the base model!", {
        derivation: NONE,
      }),
    ],
    ftServerTokensPerSecond: [
      ev(HF_GEMINI_TUNED_PRICE_POST, "It now supports fine-tuning, and the inference cost is the same as the base model!", {
        derivation: {
          zh: "按 token 计费、不租服务器，因此不需要服务器吞吐（0）",
          en: "Billed per token with no server to rent, so no server throughput (0)",
        },
      }),
    ],
    ...RETRIEVAL_EVIDENCE,
    latency: [
      ev(
        APIYI_GEMINI_35_FLASH_LITE,
        "The high-throughput lightweight tier: zero thinking by default and roughly two-second responses, built for concurrency and batch jobs.",
        {
          derivation: {
            zh: "首 token 时间 300–1,000 毫秒、预填充 5,000–20,000 tokens/秒",
            en: "Time to first token 300–1,000 ms, prefill 5,000–20,000 tokens/s",
          },
          unconfirmed: {
            zh: "这两个范围都是我们的估计：我们只找到“约两秒完成一次回答”（含输出）和“首 token 比 2.5 Flash 快 2.5 倍”（3.1 Flash-Lite）这类说法，没有找到以毫秒计的首 token 时间",
            en: "Both ranges are our estimates: we found only 'roughly two-second responses' (output included) and '2.5x faster first token than 2.5 Flash' (for 3.1 Flash-Lite), no time to first token in milliseconds",
          },
        },
      ),
      ...RETRIEVAL_LATENCY_EVIDENCE,
    ],
  },
};

// ── GPU hosting of Qwen3-8B (sets 3 and 4) ──────────────────────────────────────────────────────

const SILYBENCH_THROUGHPUT_QUOTE = '"total_tokens_per_s": 29079.05374992596,';
const SILYBENCH_THROUGHPUT_DERIVATION: Text = {
  zh: "silybench 运行 20260924T125045Z：Qwen3-8B（bf16）在一张 H100 80GB 上用 vLLM 0.30.0 服务，chat-128-128 负载（输入 128、输出 128），取满足 p99 首 token ≤2 秒、中位 token 间隔 ≤50 毫秒时的最大并发；输入加输出约 29,079 tokens/秒（向下取整）",
  en: "silybench run 20260924T125045Z: Qwen3-8B (bf16) served with vLLM 0.30.0 on one H100 80GB, chat-128-128 workload (128 in, 128 out), at the most concurrent users meeting p99 TTFT ≤ 2 s and median inter-token latency ≤ 50 ms; about 29,079 tokens/s in and out (rounded down)",
};

const QWEN_LATENCY_EVIDENCE: PriceEvidence[] = [
  ev(SILYBENCH_COST, '"ttft_p99_ms": 1890.9570557200036,', {
    derivation: {
      zh: "首 token 时间 50–250 毫秒、预填充 10,000–50,000 tokens/秒：轻负载下一张 H100 上的 8B 模型",
      en: "Time to first token 50–250 ms, prefill 10,000–50,000 tokens/s: an 8B model on one H100 at light load",
    },
    unconfirmed: {
      zh: "引文中的 1.9 秒是满载（512 个并发用户）时的 p99，不是轻负载下的首 token 时间；两个范围都是我们的估计，未找到公布数据",
      en: "The quoted 1.9 s is the p99 at full load (512 concurrent users), not the time to first token at light load; both ranges are our estimates, no published figure found",
    },
  }),
];

// ── Set 3: Together AI, LoRA on Qwen3 8B, tuned model on a dedicated endpoint ───────────────────

const TOGETHER_NOTE = join(
  TRANSCRIPTION({ zh: "该文件标注 2026-05-08", en: "the file is dated 2026-05-08" }),
  OLDER_THAN_JUNE("2026-05-08"),
);
const TOGETHER_DEDICATED_QUOTE =
  "  - label: 1x H100 - 1x B200 (hourly)\n    name: dedicated_hourly\n    type: usage\n    metric: hours\n    limit: -1\n    timeFrame: usage\n    geo: global\n    unit: 1\n    price: $3.99-$9.95 per hour";
const TOGETHER_HOSTING_DOC_QUOTE =
  "After training, hosting on a [dedicated endpoint](/docs/fine-tuning/deployment) is billed separately by the minute.";

const TOGETHER_QWEN3_8B_DOC: PriceSetDoc = {
  description: {
    zh: "在 Together AI 上对 Qwen3 8B 做 LoRA 微调，按训练 token 计费；微调后的模型只能部署在按分钟计费的专用 H100 端点上，RAG 则按 token 调用同平台的小型 Qwen 模型。",
    en: "LoRA tuning of Qwen3 8B on Together AI, billed per training token; the tuned model runs only on a dedicated H100 endpoint billed by the minute, while RAG calls a small Qwen model per token on the same platform.",
  },
  reason: {
    zh: "由 2026 年 12 月的复查取代（together-qwen3-8b-dedicated-2026-12，v3 模型）：RAG 按 token 付费的模型价格说法不一，复查采用较高的一组，每百万 tokens 0.17 / 0.25 美元，而非此处的 0.10 / 0.15 美元。",
    en: "Replaced by December 2026's re-check (together-qwen3-8b-dedicated-2026-12, model v3): the per-token price RAG pays is disputed, and the re-check uses the higher pair, $0.17 / $0.25 per 1M tokens, instead of $0.10 / $0.15 here.",
  },
  evidence: {
    baseIn: [
      ev(TOGETHER_PLANS_COPY, "    price: from $0.10/$0.15 per 1M (e.g., Qwen3.5 9B input/output)", {
        unconfirmed: join(TOGETHER_NOTE, {
          zh: "RAG 的基础模型是按 token 调用的 Qwen3.5 9B，比微调用的 Qwen3 8B 新一代：同一平台、同一 Qwen 家族，但不是同一个模型",
          en: "RAG's base model is Qwen3.5 9B per token, one generation newer than the tuned Qwen3 8B: same platform and Qwen family, not the same model",
        }),
      }),
    ],
    baseOut: [
      ev(TOGETHER_PLANS_COPY, "    price: from $0.10/$0.15 per 1M (e.g., Qwen3.5 9B input/output)", {
        unconfirmed: TOGETHER_NOTE,
      }),
    ],
    ftIn: [
      ev(
        TOGETHER_FT_OVERVIEW,
        "Together AI handles the full lifecycle: data upload, training, hosting, and inference on a dedicated endpoint.",
        {
          derivation: {
            zh: "微调模型跑在专用端点上，费用计入 ftServerMonthly，因此没有按 token 的单价（0）",
            en: "The tuned model runs on a dedicated endpoint whose cost is in ftServerMonthly, so there is no per-token price (0)",
          },
        },
      ),
    ],
    ftOut: [
      ev(
        TOGETHER_FT_OVERVIEW,
        "Together AI handles the full lifecycle: data upload, training, hosting, and inference on a dedicated endpoint.",
        {
          derivation: {
            zh: "同 ftIn：费用在专用端点的月费里",
            en: "As for ftIn: the cost is in the dedicated endpoint's monthly fee",
          },
        },
      ),
    ],
    trainPrice: [
      ev(
        TOGETHER_PLANS_COPY,
        "  - label: Up to 16B (LoRA / Full)\n    name: ft_small\n    type: usage\n    metric: tokens\n    limit: -1\n    timeFrame: usage\n    geo: global\n    unit: 1000000\n    price: $0.48-$1.35 per 1M",
        {
          derivation: {
            zh: "取 16B 以下档位的最低价 0.48 美元/百万训练 tokens，即 LoRA 监督微调",
            en: "The lowest price of the up-to-16B tier, $0.48 per 1M training tokens, i.e. LoRA supervised tuning",
          },
          unconfirmed: join(TOGETHER_NOTE, {
            zh: "转录只给出区间，0.48 美元对应 LoRA 监督微调是我们的理解",
            en: "the transcription gives only a range; that $0.48 is the LoRA supervised rate is our reading",
          }),
        },
      ),
    ],
    ftHostingMonthly: [
      ev(TOGETHER_FT_PRICING_DOC, TOGETHER_HOSTING_DOC_QUOTE, {
        derivation: {
          zh: "托管费已计入 ftServerMonthly，这里不重复计算（0）",
          en: "Hosting is in ftServerMonthly and not counted twice here (0)",
        },
      }),
    ],
    ftServerMonthly: [
      ev(TOGETHER_PLANS_COPY, TOGETHER_DEDICATED_QUOTE, {
        derivation: {
          zh: "一张 H100 的专用端点全月运行：3.99 美元/小时 × 730.5 小时 = 2,914.695 美元",
          en: "A one-H100 dedicated endpoint all month: $3.99/h × 730.5 h = $2,914.695",
        },
        unconfirmed: TOGETHER_NOTE,
      }),
      ev(TOGETHER_FT_PRICING_DOC, TOGETHER_HOSTING_DOC_QUOTE),
    ],
    ftServerTokensPerSecond: [
      ev(SILYBENCH_COST, SILYBENCH_THROUGHPUT_QUOTE, {
        derivation: SILYBENCH_THROUGHPUT_DERIVATION,
        unconfirmed: {
          zh: "这是开源 vLLM 的测量，不是 Together 专用端点的公布数字；Together 的推理引擎可能更快或更慢",
          en: "Measured with open-source vLLM, not a figure Together publishes for its dedicated endpoints; Together's engine may be faster or slower",
        },
      }),
    ],
    ...RETRIEVAL_EVIDENCE,
    latency: [...QWEN_LATENCY_EVIDENCE, ...RETRIEVAL_LATENCY_EVIDENCE],
  },
};

// ── Set 4: self-hosted LoRA on rented on-demand GPUs (RunPod Secure Cloud) ──────────────────────

const RUNPOD_NOTE = TRANSCRIPTION({
  zh: "该文件注明 2026-11-09 读自 runpod.io/pricing 的 Secure Cloud 价格",
  en: "the file says it read RunPod's Secure Cloud prices from runpod.io/pricing on 2026-11-09",
});
const RUNPOD_SECURE_QUOTE =
  '"vendor": "RunPod (Secure)", "source": "https://www.runpod.io/pricing", "read_on": "2026-11-09", "effective": "current", "note": "Secure Cloud: RunPod-operated datacentres. Per-second billing, no commitment."';
const FIREWORKS_QWEN3_8B_QUOTE =
  '      "model": "Qwen/Qwen3-8B",\n      "provider": "Fireworks",\n      "usd_per_1m_input": 0.2,\n      "usd_per_1m_output": 0.2,';
const FIREWORKS_NOTE = TRANSCRIPTION({
  zh: "该文件注明 2026-09-25 读自 docs.fireworks.ai/serverless/pricing，为 4B–16B 档位价格，且“serverless 可用性因模型而异”",
  en: "the file says it was read from docs.fireworks.ai/serverless/pricing on 2026-09-25, as the 4B–16B size-tier price, and notes that serverless availability varies",
});

const SELF_HOSTED_QWEN3_8B_DOC: PriceSetDoc = {
  description: {
    zh: "自己在按需租用的 GPU 上训练和部署：一张 A100 跑 LoRA 训练，一张 H100 常驻服务微调后的模型，按小时付费、不可被抢占；RAG 按 token 调用托管的 Qwen3 8B。",
    en: "Train and serve it yourself on rented on-demand GPUs: one A100 for LoRA training and one always-on H100 serving the tuned model, paid by the hour and never preempted; RAG calls a hosted Qwen3 8B per token.",
  },
  reason: {
    zh: "由 2026 年 12 月的复查取代（runpod-qwen3-8b-lora-2026-12，v3 模型）：价格不变，另列出 RunPod 在 2026 年 8 月至 11 月间的价格变动。",
    en: "Replaced by December 2026's re-check (runpod-qwen3-8b-lora-2026-12, model v3): the same prices, shown with RunPod's price changes from August to November 2026.",
  },
  evidence: {
    baseIn: [
      ev(SILYBENCH_COST, FIREWORKS_QWEN3_8B_QUOTE, {
        derivation: {
          zh: "RAG 的基础模型：Fireworks 按 token 提供的 Qwen3 8B（与自托管微调的是同一个模型）",
          en: "RAG's base model: Qwen3 8B per token on Fireworks (the same model that is tuned and self-hosted)",
        },
        unconfirmed: FIREWORKS_NOTE,
      }),
    ],
    baseOut: [ev(SILYBENCH_COST, FIREWORKS_QWEN3_8B_QUOTE, { unconfirmed: FIREWORKS_NOTE })],
    ftIn: [
      ev(
        RUNPOD_POD_PRICING_DOC,
        "Every Pod has an hourly cost based on its GPU type or CPU configuration, and your Runpod credits are charged for the Pod every second it is active.",
        {
          derivation: {
            zh: "自托管的推理费用是服务器月费（ftServerMonthly），没有按 token 的单价（0）",
            en: "Self-hosted inference costs the server's monthly fee (ftServerMonthly), with no per-token price (0)",
          },
        },
      ),
    ],
    ftOut: [
      ev(
        RUNPOD_POD_PRICING_DOC,
        "Every Pod has an hourly cost based on its GPU type or CPU configuration, and your Runpod credits are charged for the Pod every second it is active.",
        {
          derivation: { zh: "同 ftIn", en: "As for ftIn" },
        },
      ),
    ],
    trainPrice: [
      ev(RUNPOD_PRICES_COPY, '{"gpu": "A100 SXM", "gpu_memory_gb": 80, "usd_per_gpu_hour": 1.79}', {
        derivation: {
          zh: "训练 GPU：RunPod Secure Cloud 按需 A100 SXM 80GB，1.79 美元/小时。训练单价 = 1.79 ÷ (3,150.77 tokens/秒 × 3,600 秒) × 1,000,000 ≈ 0.1578 美元/百万训练 tokens",
          en: "Training GPU: RunPod Secure Cloud on-demand A100 SXM 80GB, $1.79/h. Training price = 1.79 ÷ (3,150.77 tokens/s × 3,600 s) × 1,000,000 ≈ $0.1578 per 1M training tokens",
        },
        unconfirmed: RUNPOD_NOTE,
      }),
      ev(RUNPOD_PRICES_COPY, RUNPOD_SECURE_QUOTE, { unconfirmed: RUNPOD_NOTE }),
      ev(RUNPOD_POD_PRICING_DOC, "On-demand instances are designed for non-interruptible workloads."),
      ev(QWEN_README, '<td align="center">23.8G / 5.2s/it</td>', {
        derivation: {
          zh: "Qwen-7B 的 LoRA 行、2,048-token 输入一列：每步 5.2 秒。每步 = 批大小 1 × 梯度累积 8 = 8 条 2,048-token 序列，即 16,384 tokens；16,384 ÷ 5.2 ≈ 3,150.77 训练 tokens/秒",
          en: "Qwen-7B's LoRA row, 2,048-token column: 5.2 s per step. One step = batch 1 × accumulation 8 = eight 2,048-token sequences, 16,384 tokens; 16,384 ÷ 5.2 ≈ 3,150.77 training tokens/s",
        },
        unconfirmed: {
          zh: "这是 2023–2024 年 Qwen-7B 的测量（早于 2026-06），不是 Qwen3-8B；把“每步（it）”理解为一次含 8 次梯度累积的优化器步是我们的解读，若指单个微批次则吞吐只有八分之一",
          en: "A 2023–2024 measurement of Qwen-7B (before 2026-06), not Qwen3-8B; reading one step ('it') as an optimizer step over 8 accumulated micro-batches is our interpretation; if it means one micro-batch, throughput is an eighth of this",
        },
      }),
      ev(
        QWEN_README_PROFILING_MIRROR,
        "In this test, we experiment on a single A100-SXM4-80G GPU, and we use CUDA 11.8 and Pytorch 2.0. Flash attention 2 is applied. We uniformly use a batch size of 1 and gradient accumulation of 8.",
        {
          unconfirmed: {
            zh: "读自 Qwen README 该段落所在提交的镜像页面",
            en: "Read on a mirror of the commit that added this paragraph to Qwen's README",
          },
        },
      ),
    ],
    ftHostingMonthly: [
      ev(
        RUNPOD_POD_PRICING_DOC,
        "Every Pod has an hourly cost based on its GPU type or CPU configuration, and your Runpod credits are charged for the Pod every second it is active.",
        {
          derivation: {
            zh: "托管费就是服务器月费（ftServerMonthly），这里不重复计算（0）",
            en: "Hosting is the server's monthly fee (ftServerMonthly), not counted twice here (0)",
          },
        },
      ),
    ],
    ftServerMonthly: [
      ev(RUNPOD_PRICES_COPY, '{"gpu": "H100 SXM", "gpu_memory_gb": 80, "usd_per_gpu_hour": 3.99}', {
        derivation: {
          zh: "推理 GPU：RunPod Secure Cloud 按需 H100 SXM 80GB 全月运行：3.99 美元/小时 × 730.5 小时 = 2,914.695 美元",
          en: "Serving GPU: RunPod Secure Cloud on-demand H100 SXM 80GB all month: $3.99/h × 730.5 h = $2,914.695",
        },
        unconfirmed: RUNPOD_NOTE,
      }),
      ev(RUNPOD_POD_PRICING_DOC, "On-demand instances are designed for non-interruptible workloads."),
    ],
    ftServerTokensPerSecond: [ev(SILYBENCH_COST, SILYBENCH_THROUGHPUT_QUOTE, { derivation: SILYBENCH_THROUGHPUT_DERIVATION })],
    ...RETRIEVAL_EVIDENCE,
    latency: [...QWEN_LATENCY_EVIDENCE, ...RETRIEVAL_LATENCY_EVIDENCE],
  },
};

/** The words of the v2 price sets, by id. */
export const V2_PRICE_SET_DOCS = {
  "bedrock-nova-micro": BEDROCK_NOVA_MICRO_DOC,
  "vertex-gemini-3-5-flash-lite": VERTEX_GEMINI_35_FLASH_LITE_DOC,
  "together-qwen3-8b-dedicated": TOGETHER_QWEN3_8B_DOC,
  "runpod-qwen3-8b-lora": SELF_HOSTED_QWEN3_8B_DOC,
} as const satisfies Record<string, PriceSetDoc>;
