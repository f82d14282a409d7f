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
