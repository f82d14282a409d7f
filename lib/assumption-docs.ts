/**
 * The words of the assumptions table: unit, label, explanation and, for prices, the source and the
 * date it was checked, per assumption of assumptions.ts (the same keys; the type makes sure every
 * assumption has its words). Kept apart from the numbers so that pages that only compute (the
 * embed) do not ship them.
 */
import type { AssumptionKey, ParamDoc, Source } from "./assumptions";
import type { Text } from "./i18n-text";

const usdPerM: Text = { zh: "美元 / 百万 tokens", en: "USD / 1M tokens" };
const tokens: Text = { zh: "tokens", en: "tokens" };
const hours: Text = { zh: "小时", en: "hours" };
const hoursPerMonth: Text = { zh: "小时 / 月", en: "hours / month" };
const share: Text = { zh: "比例（0–1）", en: "share (0–1)" };

const OPENAI_PRICING = "https://developers.openai.com/api/docs/pricing";
const OPENAI_CHECKED = "2026-11-23";
const PINECONE_PRICING = "https://www.pinecone.io/pricing/";
const PINECONE_RU_DOCS = "https://docs.pinecone.io/guides/manage-cost/understanding-cost";
const OPENAI_EMBEDDING = "https://developers.openai.com/api/docs/models/text-embedding-3-small";
const PINECONE_CHECKED = "2026-11-23";
/** OpenAI's cookbook "Prompt Caching 201", §2.3 Latency Impact: cached against uncached TTFT by prompt length. */
const PROMPT_CACHING_201 = "https://github.com/openai/openai-cookbook/blob/main/examples/Prompt_Caching_201.ipynb";
/** The v1 base and fine-tuned models are being retired; the price still holds for v=1 links. */
const GPT4O_MINI_NOTE: Text = {
  zh: "gpt-4o-mini 价格未变；OpenAI 已宣布该模型于 2027-01-14 停用，自助微调也在逐步关闭",
  en: "Price unchanged; OpenAI has announced gpt-4o-mini's shutdown on 2027-01-14 and is winding down self-serve fine-tuning",
};
const REASONED: Text = {
  zh: "本站估计（非厂商报价），可按团队实际情况修改",
  en: "Our estimate, not a vendor price; change it to fit your team",
};
const REASONED_SOURCE: Source = { asOf: "2026-11-23", note: REASONED };

export const assumptionDocs: Record<AssumptionKey, ParamDoc> = {
  // ── Shared ────────────────────────────────────────────────────────────────────────────
  promptTokens: {
    unit: tokens,
    label: { zh: "提示词长度", en: "Prompt length" },
    help: { zh: "每次请求的系统提示词加用户问题", en: "System prompt plus the user's question, per query" },
  },
  questionTokens: {
    unit: tokens,
    label: { zh: "问题长度", en: "Question length" },
    help: { zh: "问题本身（RAG 要对它做向量化）", en: "The question alone (what RAG embeds)" },
  },
  outputTokens: {
    unit: tokens,
    label: { zh: "回答长度", en: "Answer length" },
    help: { zh: "每个回答的输出 token 数", en: "Output tokens per answer" },
  },
  changeFraction: {
    unit: share,
    label: { zh: "每次更新的变化比例", en: "Share changed per update" },
    help: { zh: "每次更新时知识库中变化的比例", en: "Share of the corpus that changes at each update" },
  },
  engineerRate: {
    unit: { zh: "美元 / 小时", en: "USD / hour" },
    label: { zh: "工程师时薪", en: "Engineering rate" },
    help: { zh: "每个工程小时的成本（填 0 则不计人力）", en: "Cost of one engineering hour (0 leaves people out)" },
    source: REASONED_SOURCE,
  },
  baseIn: {
    unit: usdPerM,
    label: { zh: "基础模型输入价格", en: "Base model input price" },
    help: {
      zh: "RAG 调用的基础模型（价格方案中的模型）每百万输入 token 的价格",
      en: "Price per 1M input tokens of the base model RAG calls (the price set's model)",
    },
    source: { url: OPENAI_PRICING, asOf: OPENAI_CHECKED, note: GPT4O_MINI_NOTE },
  },
  baseOut: {
    unit: usdPerM,
    label: { zh: "基础模型输出价格", en: "Base model output price" },
    help: { zh: "基础模型每百万输出 token 的价格", en: "Base model price per 1M output tokens" },
    source: { url: OPENAI_PRICING, asOf: OPENAI_CHECKED, note: GPT4O_MINI_NOTE },
  },
  // ── RAG ───────────────────────────────────────────────────────────────────────────────
  embedPrice: {
    unit: usdPerM,
    label: { zh: "向量化价格", en: "Embedding price" },
    help: {
      zh: "text-embedding-3-small 级向量模型每百万 token 的价格",
      en: "text-embedding-3-small class embeddings, per 1M tokens",
    },
    source: { url: OPENAI_EMBEDDING, asOf: OPENAI_CHECKED },
  },
  chunkTokens: {
    unit: tokens,
    label: { zh: "分块大小", en: "Chunk size" },
    help: { zh: "每个检索块的 token 数", en: "Tokens per retrieved chunk" },
  },
  topK: {
    unit: { zh: "块", en: "chunks" },
    label: { zh: "检索块数（top-k）", en: "Chunks retrieved (top-k)" },
    help: { zh: "每次请求放进上下文的块数", en: "Chunks put into the context per query" },
  },
  vectorDims: {
    unit: { zh: "维", en: "dimensions" },
    label: { zh: "向量维度", en: "Vector dimensions" },
    help: { zh: "每个向量的维度（每维 4 字节）", en: "Dimensions per vector (4 bytes each)" },
  },
  metadataBytes: {
    unit: { zh: "字节", en: "bytes" },
    label: { zh: "元数据大小", en: "Metadata size" },
    help: { zh: "每个存储块附带的元数据", en: "Metadata stored with each chunk" },
  },
  storagePrice: {
    unit: { zh: "美元 / GB·月", en: "USD / GB-month" },
    label: { zh: "向量存储价格", en: "Vector storage price" },
    help: { zh: "Serverless 向量数据库（标准版）的存储价格", en: "Storage on a serverless vector database (standard plan)" },
    source: { url: PINECONE_PRICING, asOf: PINECONE_CHECKED },
  },
  readPrice: {
    unit: { zh: "美元 / 百万读取单位", en: "USD / 1M read units" },
    label: { zh: "读取价格", en: "Read price" },
    help: {
      zh: "每次请求消耗 max(0.25, 索引 GB 数) 个读取单位",
      en: "One query costs max(0.25, index size in GB) read units",
    },
    source: { url: PINECONE_RU_DOCS, asOf: PINECONE_CHECKED },
  },
  vectorDbMinimum: {
    unit: { zh: "美元 / 月", en: "USD / month" },
    label: { zh: "向量库月度最低消费", en: "Vector DB monthly minimum" },
    help: { zh: "向量数据库套餐的每月最低费用", en: "Monthly minimum of the vector database plan" },
    source: { url: PINECONE_PRICING, asOf: PINECONE_CHECKED },
  },
  ragSetupHours: {
    unit: hours,
    label: { zh: "RAG 搭建工时", en: "RAG build effort" },
    help: { zh: "搭建数据接入与检索管线", en: "Building the ingestion and retrieval pipeline" },
    source: REASONED_SOURCE,
  },
  ragMaintHours: {
    unit: hoursPerMonth,
    label: { zh: "RAG 月度维护", en: "RAG monthly upkeep" },
    help: { zh: "维护知识库的固定工时", en: "Fixed hours to keep the knowledge base healthy" },
    source: REASONED_SOURCE,
  },
  ragMaintHoursPerUpdate: {
    unit: { zh: "小时 / 次更新", en: "hours / update" },
    label: { zh: "每次更新的维护工时", en: "Upkeep per update" },
    help: { zh: "每次知识更新额外花费的工时", en: "Extra hours each knowledge update takes" },
    source: REASONED_SOURCE,
  },
  reindexLagHours: {
    unit: hours,
    label: { zh: "重新索引延迟", en: "Re-index lag" },
    help: { zh: "变更到可被检索到的时间", en: "Time until a change is searchable" },
  },
  // ── Fine-tuning ───────────────────────────────────────────────────────────────────────
  ftIn: {
    unit: usdPerM,
    label: { zh: "微调模型输入价格", en: "Fine-tuned input price" },
    help: { zh: "微调后模型每百万输入 token 的价格", en: "Fine-tuned model price per 1M input tokens" },
    source: { url: OPENAI_PRICING, asOf: OPENAI_CHECKED, note: GPT4O_MINI_NOTE },
  },
  ftOut: {
    unit: usdPerM,
    label: { zh: "微调模型输出价格", en: "Fine-tuned output price" },
    help: { zh: "微调后模型每百万输出 token 的价格", en: "Fine-tuned model price per 1M output tokens" },
    source: { url: OPENAI_PRICING, asOf: OPENAI_CHECKED, note: GPT4O_MINI_NOTE },
  },
  trainPrice: {
    unit: { zh: "美元 / 百万训练 tokens", en: "USD / 1M training tokens" },
    label: { zh: "训练价格", en: "Training price" },
    help: { zh: "每百万训练 token 的微调费用", en: "Fine-tuning price per 1M training tokens" },
    source: { url: OPENAI_PRICING, asOf: OPENAI_CHECKED, note: GPT4O_MINI_NOTE },
  },
  trainExpansion: {
    unit: { zh: "训练 token / 语料 token", en: "training tokens per corpus token" },
    label: { zh: "训练数据扩展比", en: "Training data expansion" },
    help: {
      zh: "由语料生成的合成问答数据量，相对语料的倍数",
      en: "Synthetic Q&A built from the corpus, per corpus token",
    },
  },
  exampleTokens: {
    unit: tokens,
    label: { zh: "每条训练样本长度", en: "Tokens per example" },
    help: { zh: "每条训练样本的 token 数", en: "Tokens in one training example" },
  },
  reviewFraction: {
    unit: share,
    label: { zh: "人工审核比例", en: "Share reviewed by people" },
    help: { zh: "由人工检查的训练样本比例", en: "Share of training examples checked by people" },
    source: REASONED_SOURCE,
  },
  reviewCost: {
    unit: { zh: "美元 / 条", en: "USD / example" },
    label: { zh: "每条审核成本", en: "Review cost" },
    help: { zh: "人工审核一条样本的成本", en: "Cost of a person checking one example" },
    source: REASONED_SOURCE,
  },
  epochs: {
    unit: { zh: "轮", en: "epochs" },
    label: { zh: "训练轮数", en: "Epochs" },
    help: { zh: "每次训练遍历数据的轮数", en: "Passes over the data per training run" },
  },
  experimentRuns: {
    unit: { zh: "次", en: "runs" },
    label: { zh: "实验次数", en: "Experiment runs" },
    help: { zh: "选择基础模型和超参数所需的训练次数", en: "Training runs to choose the model and settings" },
  },
  ftSetupHours: {
    unit: hours,
    label: { zh: "微调搭建工时", en: "Fine-tuning build effort" },
    help: { zh: "数据管线加评测体系", en: "Data pipeline plus evaluation harness" },
    source: REASONED_SOURCE,
  },
  maxRetrainsPerMonth: {
    unit: { zh: "次 / 月", en: "retrains / month" },
    label: { zh: "最高重新训练频率", en: "Most retrains a month" },
    help: { zh: "团队最多多久重新训练一次", en: "The most often the team retrains" },
  },
  replayFraction: {
    unit: share,
    label: { zh: "回放比例", en: "Replay share" },
    help: {
      zh: "每次重新训练重放的旧数据比例（防止灾难性遗忘）",
      en: "Share of old training data replayed at each retrain (against forgetting)",
    },
  },
  evalHoursPerRetrain: {
    unit: hours,
    label: { zh: "每次重新训练的评测工时", en: "Evaluation per retrain" },
    help: { zh: "每次重新上线前的评测", en: "Evaluation before each redeploy" },
    source: REASONED_SOURCE,
  },
  ftMaintHours: {
    unit: hoursPerMonth,
    label: { zh: "微调月度维护", en: "Fine-tuning monthly upkeep" },
    help: { zh: "每月的监控与评测", en: "Monthly monitoring and evaluation" },
    source: REASONED_SOURCE,
  },
  trainingTurnaroundHours: {
    unit: hours,
    label: { zh: "训练周转时间", en: "Training turnaround" },
    help: { zh: "从数据就绪到模型上线", en: "From data ready to model deployed" },
  },
  ftServerMonthly: {
    unit: { zh: "美元 / 台·月", en: "USD / server-month" },
    label: { zh: "自托管推理服务器月费", en: "Self-hosted inference server" },
    help: {
      zh: "自托管微调模型时，一台推理服务器每月的费用（0 表示按 token 计费的托管服务）",
      en: "Monthly cost of one inference server when you host the fine-tuned model (0: a hosted, per-token service)",
    },
  },
  ftHostingMonthly: {
    unit: { zh: "美元 / 月", en: "USD / month" },
    label: { zh: "微调模型托管费", en: "Tuned-model hosting fee" },
    help: {
      zh: "部分平台对部署中的微调模型按月收取的托管或存储费（按 token 计费之外；0 表示不收）",
      en: "A monthly fee some platforms charge to keep a tuned model deployed or stored, on top of per-token prices (0: none)",
    },
  },
  ftServerTokensPerSecond: {
    unit: { zh: "tokens / 秒", en: "tokens / second" },
    label: { zh: "单台服务器吞吐", en: "Server throughput" },
    help: {
      zh: "一台推理服务器每秒能处理的 token 数（输入加输出）；超出时按比例增加服务器（0 表示只用一台）",
      en: "Tokens (in and out) one server handles per second; more load adds servers in proportion (0: one server)",
    },
  },
  // ── Hybrid ────────────────────────────────────────────────────────────────────────────
  hybridStyleTokens: {
    unit: tokens,
    label: { zh: "风格微调数据量", en: "Style fine-tune data" },
    help: { zh: "混合方案中风格微调数据集的大小", en: "Size of the hybrid's style fine-tuning set" },
  },
  hybridExtraSetupHours: {
    unit: hours,
    label: { zh: "混合方案额外搭建工时", en: "Hybrid extra build effort" },
    help: { zh: "在 RAG 之上额外的搭建工时", en: "Build hours on top of RAG's" },
    source: REASONED_SOURCE,
  },
  hybridExtraMaintHours: {
    unit: hoursPerMonth,
    label: { zh: "混合方案额外维护", en: "Hybrid extra upkeep" },
    help: { zh: "在 RAG 之上每月额外的维护工时", en: "Monthly hours on top of RAG's" },
    source: REASONED_SOURCE,
  },
  // ── Long context with prompt caching (model v3) ───────────────────────────────────────
  contextWindow: {
    unit: tokens,
    label: { zh: "上下文窗口", en: "Context window" },
    help: {
      zh: "基础模型一次能读入的最多 tokens；知识库加提示词和回答放不下时，长上下文方案不可行（0 表示价格方案未给出）",
      en: "Most tokens the base model reads at once; long context is ruled out when the knowledge base, prompt and answer do not fit (0: the price set gives none)",
    },
  },
  cacheReadShare: {
    unit: { zh: "输入价格的倍数", en: "× input price" },
    label: { zh: "缓存读取价格", en: "Cache read price" },
    help: {
      zh: "从缓存读取一个 token 的价格，按基础模型输入价格的倍数计（0.1 即九折优惠后的一折）",
      en: "Price of reading a cached token, as a multiple of the base model's input price (0.1 means 90% off)",
    },
  },
  cacheWriteShare: {
    unit: { zh: "输入价格的倍数", en: "× input price" },
    label: { zh: "缓存写入价格", en: "Cache write price" },
    help: {
      zh: "把一个 token 写入缓存的价格，按输入价格的倍数计（1 即与输入同价）",
      en: "Price of writing a token to the cache, as a multiple of the input price (1: same as input)",
    },
  },
  cacheStoragePrice: {
    unit: { zh: "美元 / 百万 tokens / 小时", en: "USD / 1M tokens / hour" },
    label: { zh: "缓存存储价格", en: "Cache storage price" },
    help: {
      zh: "显式缓存按存放时长计费；大于 0 时假定缓存整月保留、不会过期",
      en: "Explicit caches are billed for the time they are kept; above 0 the cache is assumed kept all month and never expires",
    },
  },
  cacheTtlMinutes: {
    unit: { zh: "分钟", en: "minutes" },
    label: { zh: "缓存有效期（TTL）", en: "Cache lifetime (TTL)" },
    help: {
      zh: "缓存多久没被读取就失效；失效后下一次请求要重新写入整个知识库",
      en: "How long the cache lives without a read; after it expires the next query writes the whole knowledge base again",
    },
  },
  cacheMinTokens: {
    unit: tokens,
    label: { zh: "最小可缓存前缀", en: "Minimum cacheable prefix" },
    help: {
      zh: "短于此长度的前缀不会被缓存，每次请求都按输入价格计费",
      en: "A prefix shorter than this is not cached and is billed at the input price on every query",
    },
  },
  lcSetupHours: {
    unit: hours,
    label: { zh: "长上下文搭建工时", en: "Long-context build effort" },
    help: {
      zh: "把文档整理成纯文本并组装提示词与缓存调用；约为 RAG 搭建的数据接入部分，不含检索",
      en: "Turning the documents into text and wiring the prompt and cache calls: about the ingestion half of RAG's build, without retrieval",
    },
    source: REASONED_SOURCE,
  },
  lcMaintHours: {
    unit: hoursPerMonth,
    label: { zh: "长上下文月度维护", en: "Long-context monthly upkeep" },
    help: {
      zh: "监控与抽查的固定工时（每次更新另计 RAG 的每次更新工时）",
      en: "Fixed hours of monitoring and spot checks (each update also takes RAG's hours per update)",
    },
    source: REASONED_SOURCE,
  },
  lcCachedPrefillShare: {
    unit: share,
    label: { zh: "命中缓存后的预填充比例", en: "Prefill left on a cache hit" },
    help: {
      zh: "命中缓存时，知识库前缀仍需的预填充时间比例；厂商说“最多快 80%–85%”，唯一按长度的实测来自 OpenAI 自己的模型",
      en: "Share of the prefix's prefill time a cache hit still takes; vendors claim \"up to 80–85% faster\", and the one measurement by length is of OpenAI's own models",
    },
    source: {
      url: PROMPT_CACHING_201,
      asOf: "2026-12-02",
      note: {
        zh: "OpenAI 实测（2,300 次）：“For the shortest prompts (1024 tokens), cached requests are 7% faster, but at the longer end (150k+ tokens) we’re seeing 67% faster TTFT.” 即 15 万 tokens 以上仍剩约 0.33；默认 0.2 取厂商“最多快 80%”，对长上下文偏乐观，可改为 0.33",
        en: "OpenAI, 2,300 runs: “For the shortest prompts (1024 tokens), cached requests are 7% faster, but at the longer end (150k+ tokens) we’re seeing 67% faster TTFT.” That leaves about 0.33 at 150K+ tokens; the default 0.2 follows the vendors' “up to 80%” and flatters long context: set 0.33 for the measured figure",
      },
    },
  },
};
