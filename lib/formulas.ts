/**
 * The v2 formulas as the methodology page prints them. The constants are interpolated from the
 * same values the model uses, so no number is typed twice.
 */
import { DAYS_PER_MONTH, HOURS_PER_MONTH } from "./assumptions";
import type { Text } from "./i18n-text";
import { MAX_STALENESS_HOURS } from "./model";

export interface FormulaBlock {
  id: string;
  title: Text;
  note?: Text;
  lines: string[];
}

export const FORMULAS: readonly FormulaBlock[] = [
  {
    id: "shared",
    title: { zh: "通用", en: "Shared" },
    note: {
      zh: "价格均以每百万 token 计；模型内部一律用美元，换算只在显示时进行。",
      en: "Prices are per 1M tokens; the model works in USD and converts only for display.",
    },
    lines: [
      `DPM = ${DAYS_PER_MONTH}   (365.25 / 12 days a month)`,
      `HPM = ${HOURS_PER_MONTH}   (hours a month)`,
      "Qm = q × DPM   (queries a month)",
      "perM(tokens, price) = tokens × price / 1e6",
    ],
  },
  {
    id: "rag",
    title: { zh: "RAG", en: "RAG" },
    lines: [
      "ctx = chunkTokens × topK;  vectors = corpusTokens / chunkTokens",
      "indexGB = vectors × (vectorDims × 4 + metadataBytes) / 1e9;  ru = max(0.25, indexGB)",
      "perQuery = perM(promptTokens + ctx, baseIn) + perM(outputTokens, baseOut) + perM(questionTokens, embedPrice) + ru × readPrice / 1e6",
      "upfront = perM(corpusTokens, embedPrice) + ragSetupHours × engineerRate",
      "monthly = (perQuery − reads) × Qm + max(vectorDbMinimum, indexGB × storagePrice + Qm × ru × readPrice / 1e6)",
      "        + perM(u × changeFraction × corpusTokens, embedPrice) + (ragMaintHours + ragMaintHoursPerUpdate × u) × engineerRate",
      "cumulative(m) = upfront + m × monthly",
    ],
  },
  {
    id: "ft",
    title: { zh: "微调", en: "Fine-tuning" },
    lines: [
      "T = corpusTokens × trainExpansion;  N = T / exampleTokens",
      "prep(s) = perM(s × corpusTokens, baseIn) + perM(s × T, baseOut) + s × N × reviewFraction × reviewCost",
      "train(t) = perM(t × epochs, trainPrice)",
      "upfront = prep(1) + experimentRuns × train(T) + ftSetupHours × engineerRate",
      "perQuery = perM(promptTokens, ftIn) + perM(outputTokens, ftOut)",
      "R = min(u, maxRetrainsPerMonth);  s = min(1, changeFraction × u / R)",
      "retrainCost = train(T × (s + replayFraction)) + prep(s) + evalHoursPerRetrain × engineerRate",
      "retrainsBy(m) = floor(m × R + 1e-9)",
      "monthly = perQuery × Qm + serving(promptTokens + outputTokens) + ftHostingMonthly + ftMaintHours × engineerRate",
      "serving(t) = 0                                  if ftServerMonthly = 0   (billed per token)",
      "           = ftServerMonthly                    if ftServerTokensPerSecond = 0   (one server, whatever the load)",
      "           = ftServerMonthly × max(1, Qm × t / (max(1, ftServerTokensPerSecond) × 3600 × HPM))   otherwise",
      "  (t: tokens per query, in and out; ftHostingMonthly is 0 in every v1 set, ftServerMonthly is not: together-lora, self-hosted-lora)",
      "second server above q = max(1, ftServerTokensPerSecond) × 3600 × HPM / (DPM × (promptTokens + outputTokens))",
      "cumulative(m) = upfront + m × monthly + retrainsBy(m) × retrainCost",
    ],
  },
  {
    id: "hybrid",
    title: { zh: "混合方案", en: "Hybrid" },
    note: {
      zh: "只做一次风格与格式的微调；知识留在 RAG 里，所以不需要为知识重训。",
      en: "One fine-tune for style and format; knowledge stays in RAG, so there are no knowledge retrains.",
    },
    lines: [
      "Ts = min(T, hybridStyleTokens);  sh = Ts / T",
      "upfront = RAG upfront + prep(sh) + experimentRuns × train(Ts) + hybridExtraSetupHours × engineerRate",
      "perQuery = RAG perQuery with the LLM at ftIn / ftOut",
      "monthly = RAG monthly with that LLM price + serving(promptTokens + ctx + outputTokens) + ftHostingMonthly + hybridExtraMaintHours × engineerRate",
      "  (the style model reads the retrieved passages too, so its servers are sized on ctx as well)",
    ],
  },
  {
    id: "results",
    title: { zh: "结果", en: "Results" },
    lines: [
      "monthly (shown) = (cumulative(h) − upfront) / h;  total = cumulative(h)",
      "breakdown: people, dataPreparation, training, inference (LLM tokens + serving + ftHostingMonthly), embeddings, vectorDatabase, retraining (all of each retrain)",
      "break-even month = first m ≥ 1 where the approach dearer at m = 0 costs the same or less",
      "break-even volume = q where RAG and FT totals at h are equal: exact on each linear piece between the kinks (vector DB minimum, a second server), 1 … 1e9",
      "latency FT = [ttft.low + promptTokens / prefill.low × 1000, ttft.high + promptTokens / prefill.high × 1000] ms",
      "latency RAG, hybrid = FT + embedding [low, high] + search [low, high] + [ctx / prefill.low, ctx / prefill.high] × 1000 ms",
      "  (ttft, prefill tokens/s, embedding and search ms: the price set's latency figures, each with its source below)",
      `staleness RAG, hybrid = reindexLagHours;  FT = 0 if u = 0 (no updates: shown as such), else min(${MAX_STALENESS_HOURS.toExponential()}, HPM / R / 2 + trainingTurnaroundHours)`,
    ],
  },
  {
    id: "uncertainty",
    title: { zh: "不确定性、敏感性与优势地图", en: "Uncertainty, sensitivity and the map" },
    note: {
      zh: "每个假设都有乐观与保守两个系数（见下表），作用在当前取值上（无论来自默认、价格方案还是你的修改）。",
      en: "Every assumption has an optimistic and a pessimistic factor (see the tables below), applied to the value in use, whether default, preset or your own.",
    },
    lines: [
      "optimistic(a) = clamp(a × factorOptimistic);  pessimistic(a) = clamp(a × factorPessimistic)",
      "band(m) = [min, max] of cumulative(m) with all assumptions central, all optimistic, all pessimistic",
      "ranges = band(h);  winner holds if the cheapest approach is the same in all three runs",
      "tornado bar(a) = Δ(RAG total − FT total at h) with a alone optimistic, and alone pessimistic; sorted by the larger |Δ|",
      "map cell(q, u) = the approach with the lowest total at h, all other inputs as in the scenario;",
      "  columns q = 10 … 1e8 (five a decade), rows u = the update slider's stops; boundary = break-even volume per row",
    ],
  },
];

/**
 * v3's additions (docs/cost-model.md, "Model v3"): long context with prompt caching, and accuracy with
 * the cost per correct answer. The page prints them once it reads v3 (PAGES_READ_V3).
 */
export const FORMULAS_V3: readonly FormulaBlock[] = [
  {
    id: "lc",
    title: { zh: "长上下文加提示缓存（v3）", en: "Long context with prompt caching (v3)" },
    note: {
      zh: "每次请求都把整个知识库作为缓存前缀发送。放不进窗口时，这种方案不出现在任何成本里，只用一句话说明超出多少倍、最大能放多大的知识库。到达按当天平均速率的泊松过程计，每次读取都会刷新缓存寿命；按小时收取存储费的显式缓存整月保留、不会过期。首个 token 时间是本站的估算：这些模型没有按缓存长度实测的数据（OpenAI 对自家模型的实测见假设表）。",
      en: "Every query sends the whole knowledge base as a cached prefix. Where it does not fit the window, the approach appears in no cost at all; one line says how many times too large the base is and the largest that fits. Arrivals are taken as Poisson at the day's average rate and every read refreshes the cache's lifetime; an explicit cache, billed per hour of storage, is kept all month and never expires. First-token times are our estimate: they have not been measured by cached-prefix length for these models (OpenAI's measurement of its own is in the assumptions table).",
    },
    lines: [
      "P = corpusTokens;  λ = q / 1440 (queries a minute)",
      "feasible ⇔ contextWindow > 0 and P + promptTokens + outputTokens ≤ contextWindow",
      "  else: maxCorpus = max(0, contextWindow − promptTokens − outputTokens);  ratio = P / maxCorpus (times too large)",
      "cached ⇔ P > 0 and P ≥ cacheMinTokens;  R = cacheReadShare × baseIn;  W = cacheWriteShare × baseIn",
      "perQuery = perM(P, R) + perM(promptTokens, baseIn) + perM(outputTokens, baseOut)   (uncached: perM(P + promptTokens, baseIn) + …)",
      "expiries = Qm × e^(−λ × cacheTtlMinutes)   (0 for an explicit cache, cacheStoragePrice > 0)",
      "writes = u + expiries;  writeCost = perM(P, W);  storage = perM(P, cacheStoragePrice) × HPM (explicit cache only)",
      "upfront = writeCost + lcSetupHours × engineerRate",
      "monthly = Qm × perQuery + writes × writeCost + storage + (lcMaintHours + ragMaintHoursPerUpdate × u) × engineerRate",
      "cumulative(m) = upfront + m × monthly",
      "latency cached = ttft + (promptTokens + lcCachedPrefillShare × P) / prefill × 1000;  uncached = ttft + (P + promptTokens) / prefill × 1000",
      "staleness = 0 if u = 0, else (P + promptTokens) / prefill.high / 3600 h   (one rewrite of the base)",
      "cheapest (v3) = lowest total among the approaches that exist; ties to rag, ft, hybrid, then lc",
    ],
  },
  {
    id: "per-correct",
    title: { zh: "准确率与每个正确回答的成本（v3）", en: "Accuracy and cost per correct answer (v3)" },
    note: {
      zh: "准确率是答对的问题所占比例。默认不设；选一种任务类型时取自下表所列研究的区间，你填写的数值优先。只有设置了准确率且至少两种方案有准确率时，结论才按每个正确回答排序。",
      en: "Accuracy is the share of questions answered correctly. It is not set by default; a task kind gives the ranges of the studies listed below, and a figure you type comes first. The verdict ranks per correct answer only once accuracy is set and at least two approaches have one.",
    },
    lines: [
      "N = Qm × h   (queries over the horizon);  accuracy [a_low, a_high] (typed: [a, a])",
      "perCorrect = [total / (N × a_high), total / (N × a_low)];  perCorrectMid = total / (N × (a_low + a_high) / 2)",
      "perCorrectMarginal = [perQuery / a_high, perQuery / a_low]",
      "verdict per correct answer = lowest perCorrectMid among the approaches with an accuracy (at least two)",
      "holds ⇔ the same approach is lowest with every accuracy at its low end and at its high end",
    ],
  },
];
