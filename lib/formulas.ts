/**
 * The v1 formulas as the methodology page prints them. The constants are interpolated from the
 * same values the model uses, so no number is typed twice.
 */
import { DAYS_PER_MONTH, HOURS_PER_MONTH, LATENCY_MODEL } from "./assumptions";
import type { Text } from "./i18n-text";
import { MAX_STALENESS_HOURS } from "./model";

export interface FormulaBlock {
  id: string;
  title: Text;
  note?: Text;
  lines: string[];
}

const L = LATENCY_MODEL;

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
      "monthly = perQuery × Qm + ftMaintHours × engineerRate",
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
      "monthly = RAG monthly with that LLM price + hybridExtraMaintHours × engineerRate",
    ],
  },
  {
    id: "results",
    title: { zh: "结果", en: "Results" },
    lines: [
      "monthly (shown) = (cumulative(h) − upfront) / h;  total = cumulative(h)",
      "break-even month = first m ≥ 1 where the approach dearer at m = 0 costs the same or less",
      "break-even volume = q where RAG and FT totals at h are equal, solved exactly on each side of the vector DB minimum (1 … 1e9)",
      `latency FT = [${L.base.low} + promptTokens / ${L.prefillTokensPerSecond.low} × 1000, ${L.base.high} + promptTokens / ${L.prefillTokensPerSecond.high} × 1000] ms`,
      `latency RAG, hybrid = FT + embedding [${L.embedding.low}, ${L.embedding.high}] + search [${L.vectorSearch.low}, ${L.vectorSearch.high}] + ctx prefill [ctx / ${L.prefillTokensPerSecond.low}, ctx / ${L.prefillTokensPerSecond.high}] × 1000 ms`,
      `staleness RAG, hybrid = reindexLagHours;  FT = 0 if u = 0, else min(${MAX_STALENESS_HOURS.toExponential()}, HPM / R / 2 + trainingTurnaroundHours)`,
    ],
  },
];
