"use client";
/**
 * Numbers inside the article's sentences, read from the calculator's store: the same scenario as the
 * side calculator, so the prose says what the charts show. The store is created on the server from
 * the URL, so these values are in the first HTML too, and they follow every slider.
 *
 * In MDX: `<LiveValue of="ftMonthly" />`, and `<When is="ragRunsCheaper">…</When>` (or
 * `<WhenRunCheaper approach="rag">…</WhenRunCheaper>`) for a sentence that holds only in some
 * scenarios. Keep conditionals inside a paragraph: they render a <span>.
 */
import type { ReactNode } from "react";
import { UPDATE_STOPS } from "@/lib/assumptions";
import {
  compactNumber,
  formatCorpus,
  formatHours,
  formatMoney,
  formatMonths,
  formatMs,
  formatPercent,
  formatPlain,
  formatUnitPrice,
} from "@/lib/format";
import type { Lang } from "@/lib/i18n-text";
import { formatRatio } from "@/lib/i18n/text";
import { ragQueryCost, totalsAtHorizon, type AnyApproach, type LongContextFeasible, type Range } from "@/lib/model";
import type { LatencyModel } from "@/lib/price-set-types";
import { priceSet } from "@/lib/price-sets";
import { V1_LATENCY } from "@/lib/price-sets-v1";
import type { Scenario } from "@/lib/scenario";
import { TASKS } from "@/lib/task-evidence";
import { perCorrectOf } from "@/components/calculator/per-correct";
import { derive, memoByScenario, useScenario } from "@/components/calculator/store";
import { useStrings } from "@/components/i18n/context";

const MIN_QUERIES = 1;
const MAX_QUERIES = 1e9;

/** Average monthly running cost of FT minus RAG (retrains included) at another query volume. */
function runningGap(s: Scenario, queriesPerDay: number): number {
  const t = totalsAtHorizon({ ...s, queriesPerDay });
  const { approaches } = derive(s).estimate;
  // Upfront costs do not depend on the volume, so they come from the current estimate.
  return (t.ft - approaches.ft.upfront - (t.rag - approaches.rag.upfront)) / s.horizonMonths;
}

/**
 * The query volume, in the direction away from the current one, at which the cheaper approach to run
 * changes: above the current volume when RAG runs cheaper now, below it when FT does. Null when no
 * volume between 1 and 10⁹ a day changes it. Scans a log grid, then bisects the first crossing.
 */
export const runCrossover = memoByScenario<number | null>((s) => {
  const { approaches } = derive(s).estimate;
  const ftNow = approaches.ft.monthly < approaches.rag.monthly;
  const flipped = (q: number) => (ftNow ? runningGap(s, q) >= 0 : runningGap(s, q) < 0);
  const q0 = s.queriesPerDay;
  const end = ftNow ? MIN_QUERIES : MAX_QUERIES;
  if (q0 === end) return null;
  const steps = 48;
  const ratio = Math.pow(end / q0, 1 / steps);
  let inside = q0;
  for (let i = 1; i <= steps; i++) {
    const q = i === steps ? end : q0 * Math.pow(ratio, i);
    if (flipped(q)) {
      let a = inside;
      let b = q;
      for (let k = 0; k < 40; k++) {
        const m = Math.sqrt(a * b);
        if (flipped(m)) b = m;
        else a = m;
      }
      return b;
    }
    inside = q;
  }
  return null;
});

/** "5,000 次" / "10 万次" · "5,000 queries" / "1.2M queries". */
function queriesPhrase(q: number, lang: Lang, approx = false): string {
  if (lang === "zh") {
    const n = q < 1e4 && !approx ? formatPlain(Math.round(q), lang) : compactNumber(q, lang);
    return /[万亿]$/.test(n) ? `${n}次` : `${n} 次`;
  }
  const n = q < 1e6 && !approx ? formatPlain(Math.round(q), lang) : compactNumber(q, lang);
  return `${n} ${q === 1 ? "query" : "queries"}`;
}

const sig2 = (n: number, lang: Lang) =>
  new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-US", { maximumSignificantDigits: 2 }).format(n);

/** How often the knowledge changes, as a phrase: "每周更新", "每月更新 2 次" · "weekly updates", "no updates". */
function updatesPhrase(u: number, lang: Lang): string {
  const stop = UPDATE_STOPS.find((st) => st.value === u);
  if (lang === "zh") {
    if (stop) return `${stop.label.zh}更新`;
    return u >= 1 ? `每月更新 ${sig2(u, lang)} 次` : `每 ${sig2(1 / u, lang)} 个月更新一次`;
  }
  if (u === 0) return "no updates";
  if (stop) return `${stop.label.en} updates`;
  return u >= 1 ? `updates ${sig2(u, lang)} times a month` : `updates every ${sig2(1 / u, lang)} months`;
}

/** The latency figures the model reads for the scenario's price set (v1's constants for v1's sets). */
function latencyModel(s: Scenario): LatencyModel {
  return priceSet(s.pricing)?.latency ?? V1_LATENCY;
}

/** A range as the latency figure shows it: "230 ms – 410 ms". */
const msRange = (r: Range, lang: Lang) => `${formatMs(r.low, lang)} – ${formatMs(r.high, lang)}`;

/**
 * Prefill's share of the time RAG adds to a fine-tuned model's first token, at the low and the high
 * end: the retrieved passages read at the prefill rate, against embedding + vector search + that.
 */
export function prefillShares(s: Scenario): Range {
  const m = latencyModel(s);
  const ctx = s.assumptions.chunkTokens * s.assumptions.topK;
  const share = (end: "low" | "high") => {
    const prefill = (ctx / m.prefillTokensPerSecond[end]) * 1000;
    const total = m.embeddingMs[end] + m.vectorSearchMs[end] + prefill;
    return total > 0 ? prefill / total : 0;
  };
  return { low: share("low"), high: share("high") };
}

/** What retrieval (query embeddings and the vector database) and the LLM cost RAG over the horizon. */
function ragBill(s: Scenario) {
  const { breakdown } = derive(s).estimate.approaches.rag;
  return { retrieval: breakdown.vectorDatabase + breakdown.embeddings, llm: breakdown.inference };
}

export type LiveKey =
  | "queriesPerDay"
  | "updates"
  | "horizon"
  | "retrainCost"
  | "retrainMonthly"
  | "retrainTotal"
  | "retrainShare"
  | "ftMonthly"
  | "ragMonthly"
  | "monthlyGap"
  | "ftUpfront"
  | "ragUpfront"
  | "ftTotal"
  | "ragTotal"
  | "crossoverQueries"
  | "ftPerThousand"
  | "ragPerThousand"
  | "contextShare"
  | "searchShare"
  | "ftLatency"
  | "ragLatency"
  | "embeddingMs"
  | "searchMs"
  | "prefillShare"
  | "retrainsPerMonth"
  | "maxRetrains"
  | "ftStaleness"
  | "ragStaleness"
  | "ragVectorDb"
  | "ragEmbeddings"
  | "ragInference"
  | "ragPeople"
  | "vectorDbMinimum"
  | "ftTraining"
  | "ftPeople"
  | "ftDataPreparation"
  | "priceSet"
  | "baseIn"
  | "baseOut"
  | "ftIn"
  | "ftOut"
  | "ftServerMonthly"
  | "ftHostingMonthly"
  | "topK"
  | "chunkTokens"
  | "ragInputTokens"
  | "ftInputTokens"
  // Model v3: long context and cost per correct answer.
  | "corpus"
  | "lcWindow"
  | "lcNeeded"
  | "lcRatio"
  | "lcMaxCorpus"
  | "lcPerQuery"
  | "lcWritesPerMonth"
  | "lcWritesMonthly"
  | "lcStorageMonthly"
  | "lcTotal"
  | "perCorrectWinner"
  | "perQueryWinner"
  | "taskKind";

/** Long context where it fits the window (v3), else null. */
const lcFit = (s: Scenario): LongContextFeasible | null => {
  const lc = derive(s).estimate.longContext;
  return lc?.feasible ? lc : null;
};
/** A count of tokens: "128K tokens" / "12.8 万 tokens". */
const tokensText = (n: number, lang: Lang) => `${compactNumber(n, lang)} tokens`;
/** A window's size before "window": "128K-token" / "12.8 万 tokens". */
const windowText = (n: number, lang: Lang) => (lang === "zh" ? tokensText(n, lang) : `${compactNumber(n, lang)}-token`);
/**
 * An approach's name inside a Chinese sentence: Latin names ("RAG") get the space our Chinese text
 * puts between Han and Latin letters (the MDX follows every name with punctuation).
 */
const nameIn = (name: string, lang: Lang) => (lang === "zh" && /^[A-Za-z]/.test(name) ? ` ${name}` : name);

/**
 * The text of one live value for a scenario, in a language. `names`: the approaches as the page's
 * messages name them inside a sentence (for the values that name one).
 */
export function liveText(of: LiveKey, s: Scenario, lang: Lang, names?: Readonly<Record<AnyApproach, string>>): string {
  const { estimate: e } = derive(s);
  const lcInfo = e.longContext;
  const perCorrect = of === "perCorrectWinner" || of === "perQueryWinner" || of === "taskKind" ? perCorrectOf(s) : null;
  const { rag, ft } = e.approaches;
  const money = (usd: number) => formatMoney(usd, s, lang);
  const a = s.assumptions;
  switch (of) {
    case "queriesPerDay":
      return queriesPhrase(s.queriesPerDay, lang);
    case "updates":
      return updatesPhrase(s.updatesPerMonth, lang);
    case "horizon":
      return formatMonths(s.horizonMonths, lang);
    case "retrainCost":
      return money(e.fineTune.retrainCost);
    case "retrainMonthly":
      // Retraining per month = the cost of one retrain × retrains a month (lib/model.ts, fineTune).
      return money(e.fineTune.retrainCost * e.fineTune.retrainsPerMonth);
    case "retrainTotal":
      return money(ft.breakdown.retraining);
    case "retrainShare":
      return formatPercent(ft.total > 0 ? ft.breakdown.retraining / ft.total : 0, lang);
    case "ftMonthly":
      return money(ft.monthly);
    case "ragMonthly":
      return money(rag.monthly);
    case "monthlyGap":
      return money(Math.abs(ft.monthly - rag.monthly));
    case "ftUpfront":
      return money(ft.upfront);
    case "ragUpfront":
      return money(rag.upfront);
    case "ftTotal":
      return money(ft.total);
    case "ragTotal":
      return money(rag.total);
    case "crossoverQueries": {
      const q = runCrossover(s);
      return q === null ? "—" : queriesPhrase(q, lang, true);
    }
    case "ftPerThousand":
      return money(ft.perQuery * 1000);
    case "ragPerThousand":
      return money(rag.perQuery * 1000);
    case "contextShare": {
      // The retrieved passages' input tokens, at the base model's input price, of a RAG query's cost.
      const q = ragQueryCost(s);
      return formatPercent(q.total > 0 ? q.context / q.total : 0, lang);
    }
    case "searchShare": {
      // Embedding the question and reading the vector index: what a RAG query costs beyond the LLM.
      const q = ragQueryCost(s);
      return formatPercent(q.total > 0 ? q.retrieval / q.total : 0, lang);
    }
    // The same text as the latency figure's bars (LatencyPanel).
    case "ftLatency":
      return msRange(ft.latencyMs, lang);
    case "ragLatency":
      return msRange(rag.latencyMs, lang);
    case "embeddingMs":
      return msRange(latencyModel(s).embeddingMs, lang);
    case "searchMs":
      return msRange(latencyModel(s).vectorSearchMs, lang);
    case "prefillShare": {
      const r = prefillShares(s);
      return `${formatPercent(r.low, lang)}–${formatPercent(r.high, lang)}`;
    }
    case "retrainsPerMonth":
      return formatPlain(e.fineTune.retrainsPerMonth, lang);
    case "maxRetrains":
      return formatPlain(a.maxRetrainsPerMonth, lang);
    // The same text as the staleness panel (StalenessPanel).
    case "ftStaleness":
      return formatHours(ft.stalenessHours, lang);
    case "ragStaleness":
      return formatHours(rag.stalenessHours, lang);
    // Parts of the breakdown over the horizon, as the breakdown table lists them.
    case "ragVectorDb":
      return money(rag.breakdown.vectorDatabase);
    case "ragEmbeddings":
      return money(rag.breakdown.embeddings);
    case "ragInference":
      return money(rag.breakdown.inference);
    case "ragPeople":
      return money(rag.breakdown.people);
    case "vectorDbMinimum":
      return money(a.vectorDbMinimum);
    case "ftTraining":
      return money(ft.breakdown.training);
    case "ftPeople":
      return money(ft.breakdown.people);
    case "ftDataPreparation":
      return money(ft.breakdown.dataPreparation);
    case "priceSet":
      return priceSet(s.pricing)?.name[lang] ?? s.pricing;
    // Prices per million tokens, as the assumptions panel shows them.
    case "baseIn":
      return formatUnitPrice(a.baseIn, s, lang);
    case "baseOut":
      return formatUnitPrice(a.baseOut, s, lang);
    case "ftIn":
      return formatUnitPrice(a.ftIn, s, lang);
    case "ftOut":
      return formatUnitPrice(a.ftOut, s, lang);
    case "ftServerMonthly":
      return money(a.ftServerMonthly);
    case "ftHostingMonthly":
      return money(a.ftHostingMonthly);
    case "topK":
      return formatPlain(a.topK, lang);
    case "chunkTokens":
      return formatPlain(a.chunkTokens, lang);
    case "ragInputTokens":
      return formatPlain(a.promptTokens + a.chunkTokens * a.topK, lang);
    case "ftInputTokens":
      return formatPlain(a.promptTokens, lang);
    case "corpus":
      return formatCorpus(s.corpusTokens, lang);
    // Long context's window and fit, as the answer's line states them.
    case "lcWindow":
      return lcInfo ? windowText(lcInfo.contextWindow, lang) : "—";
    case "lcNeeded":
      return lcInfo ? tokensText(lcInfo.neededTokens, lang) : "—";
    case "lcRatio":
      return lcInfo && !lcInfo.feasible && lcInfo.ratio !== null ? formatRatio(lcInfo.ratio, lang) : "—";
    case "lcMaxCorpus":
      return lcInfo ? formatCorpus(lcInfo.maxCorpusTokens, lang) : "—";
    case "lcPerQuery":
      return e.approaches.lc ? formatUnitPrice(e.approaches.lc.perQuery, s, lang) : "—";
    case "lcWritesPerMonth": {
      const lc = lcFit(s);
      return lc ? formatPlain(Math.round(lc.writesPerMonth * 10) / 10, lang) : "—";
    }
    case "lcWritesMonthly": {
      const lc = lcFit(s);
      return lc ? money(lc.writesMonthly) : "—";
    }
    case "lcStorageMonthly": {
      const lc = lcFit(s);
      return lc ? money(lc.storageMonthly) : "—";
    }
    case "lcTotal":
      return e.approaches.lc ? money(e.approaches.lc.total) : "—";
    // The per-correct-answer verdict (lib/accuracy.ts), as the answer states it.
    case "perCorrectWinner":
      return perCorrect?.cheapestPerCorrect && names ? nameIn(names[perCorrect.cheapestPerCorrect], lang) : "—";
    case "perQueryWinner":
      return perCorrect && names ? nameIn(names[perCorrect.cheapestPerQuery], lang) : "—";
    case "taskKind": {
      // Inside a sentence: an English label starts in lower case.
      const label = TASKS.find((k) => k.id === perCorrect?.task)?.label[lang];
      if (!label) return "—";
      return lang === "en" ? `${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;
    }
  }
}

/** A number from the reader's scenario inside a sentence. */
export function LiveValue({ of }: { of: LiveKey }) {
  const t = useStrings();
  const s = useScenario();
  return (
    <span className="live-value font-semibold tabular-nums text-sky-800 dark:text-sky-300" data-testid={`live-${of}`}>
      {liveText(of, s, t.lang, t.names.mid)}
    </span>
  );
}

export type LiveCondition =
  | "ftRunsCheaper"
  | "ragRunsCheaper"
  | "retrains"
  | "noRetrains"
  | "crossover"
  | "noCrossover"
  /** The fine-tuned model runs on its own servers, paid by the month rather than per token. */
  | "ftServer"
  /** A deployed tuned model pays a monthly hosting fee. */
  | "ftHosting"
  /** More updates a month than the model retrains: updates are batched into the capped retrains. */
  | "retrainCapped"
  | "updates"
  | "noUpdates"
  | "ftUpfrontHigher"
  | "ragUpfrontHigher"
  /** Over the horizon, retrieval (query embeddings + vector database) costs RAG more than its LLM calls. */
  | "retrievalBillBigger"
  | "llmBillBigger"
  /** The vector database is billed at its monthly minimum. */
  | "vectorDbAtMinimum"
  /** Prefill is the larger part of RAG's extra time at both ends of the range. */
  | "prefillMostly"
  /** Embedding and search are the larger part at both ends. */
  | "searchMostly"
  | "latencyMixed"
  /** Billed by the token, the tuned model's input or output price is above the base model's. */
  | "ftPricier"
  /** Billed by the token, at the base model's prices. */
  | "ftSamePrice"
  /** Billed by the token, at prices no higher than the base model's and not both the same. */
  | "ftCheaperPrice"
  /** Fine-tuning's training compute costs less than its people over the horizon. */
  | "trainingSmall"
  | "trainingLarge"
  /** Updates come, but the model is set never to retrain (at most 0 retrains a month). */
  | "retrainsOff"
  /** v3: the price set states no context window. */
  | "lcNoWindow"
  /** v3: the knowledge base is too large for the window (by a ratio). */
  | "lcTooLarge"
  /** v3: the window cannot hold even the prompt and the answer. */
  | "lcNoRoom"
  /** v3: long context fits; cached as the provider caches by default (expiring), explicitly (storage), or not at all. */
  | "lcFits"
  | "lcCached"
  | "lcExplicit"
  | "lcUncached"
  /** v3, where it fits: the cheapest of every approach at the horizon, or not. */
  | "lcCheapest"
  | "lcNotCheapest"
  /** v3 with no accuracy set: the verdict is a cost verdict. */
  | "accuracyUnset"
  /** v3: the reader named a task kind, or did not. */
  | "taskSet"
  | "taskUnset"
  /** Accuracy set, compared per correct answer: the winner differs from the cheapest per query, is the same, or the cheapest per query has no accuracy. */
  | "perCorrectDiffers"
  | "perCorrectAgrees"
  | "perCorrectUnrated"
  /** Accuracy set, but fewer than two approaches have one. */
  | "perCorrectTooFew";

/** Whether a condition holds for a scenario. "Runs cheaper" compares average monthly costs, retrains included. */
export function holds(is: LiveCondition, s: Scenario): boolean {
  const { estimate: e } = derive(s);
  const perCorrect = perCorrectOf(s);
  const ftCheaper = e.approaches.ft.monthly < e.approaches.rag.monthly;
  const a = s.assumptions;
  const perToken = a.ftServerMonthly <= 0;
  switch (is) {
    case "ftRunsCheaper":
      return ftCheaper;
    case "ragRunsCheaper":
      return !ftCheaper;
    case "retrains":
      return e.fineTune.retrainsPerMonth > 0;
    case "noRetrains":
      return s.updatesPerMonth === 0;
    case "crossover":
      return runCrossover(s) !== null;
    case "noCrossover":
      return runCrossover(s) === null;
    case "ftServer":
      return s.assumptions.ftServerMonthly > 0;
    case "ftHosting":
      return s.assumptions.ftHostingMonthly > 0;
    case "retrainCapped":
      return s.updatesPerMonth > s.assumptions.maxRetrainsPerMonth;
    case "updates":
      return s.updatesPerMonth > 0;
    case "noUpdates":
      return s.updatesPerMonth === 0;
    case "ftUpfrontHigher":
      return e.approaches.ft.upfront > e.approaches.rag.upfront;
    case "ragUpfrontHigher":
      return e.approaches.ft.upfront <= e.approaches.rag.upfront;
    case "retrievalBillBigger":
      return ragBill(s).retrieval > ragBill(s).llm;
    case "llmBillBigger":
      return ragBill(s).retrieval <= ragBill(s).llm;
    case "vectorDbAtMinimum":
      return e.approaches.rag.breakdown.vectorDatabase <= s.assumptions.vectorDbMinimum * s.horizonMonths * (1 + 1e-12);
    case "prefillMostly": {
      const r = prefillShares(s);
      return r.low >= 0.5 && r.high >= 0.5;
    }
    case "searchMostly": {
      const r = prefillShares(s);
      return r.low < 0.5 && r.high < 0.5;
    }
    case "latencyMixed": {
      const r = prefillShares(s);
      return r.low >= 0.5 !== r.high >= 0.5;
    }
    case "ftPricier":
      return perToken && (a.ftIn > a.baseIn || a.ftOut > a.baseOut);
    case "ftSamePrice":
      return perToken && a.ftIn === a.baseIn && a.ftOut === a.baseOut;
    case "ftCheaperPrice":
      return perToken && a.ftIn <= a.baseIn && a.ftOut <= a.baseOut && !(a.ftIn === a.baseIn && a.ftOut === a.baseOut);
    case "trainingSmall":
      return e.approaches.ft.breakdown.training < e.approaches.ft.breakdown.people;
    case "trainingLarge":
      return e.approaches.ft.breakdown.training >= e.approaches.ft.breakdown.people;
    case "retrainsOff":
      return s.updatesPerMonth > 0 && e.fineTune.retrainsPerMonth === 0;
    case "lcNoWindow":
      return e.longContext?.feasible === false && e.longContext.reason === "no-window";
    case "lcTooLarge":
      return e.longContext?.feasible === false && e.longContext.reason === "too-large" && e.longContext.ratio !== null;
    case "lcNoRoom":
      return e.longContext?.feasible === false && e.longContext.reason === "too-large" && e.longContext.ratio === null;
    case "lcFits":
      return lcFit(s) !== null;
    case "lcCached": {
      const lc = lcFit(s);
      return lc !== null && lc.cached && !lc.explicitCache;
    }
    case "lcExplicit":
      return lcFit(s)?.explicitCache === true;
    case "lcUncached":
      return lcFit(s)?.cached === false;
    case "lcCheapest":
      return lcFit(s) !== null && e.cheapestOverall === "lc";
    case "lcNotCheapest":
      return lcFit(s) !== null && e.cheapestOverall !== "lc";
    case "accuracyUnset":
      return perCorrect !== null && !perCorrect.set;
    case "taskSet":
      return perCorrect?.task != null;
    case "taskUnset":
      return perCorrect !== null && perCorrect.task === null;
    case "perCorrectDiffers":
      return perCorrect?.basis === "per-correct" && perCorrect.differs === true;
    case "perCorrectAgrees":
      return perCorrect?.basis === "per-correct" && perCorrect.differs === false;
    case "perCorrectUnrated":
      return perCorrect?.basis === "per-correct" && perCorrect.differs === null;
    case "perCorrectTooFew":
      return perCorrect !== null && perCorrect.set && perCorrect.basis === "cost";
  }
}

/** Words that hold only in some scenarios: shown when `is` holds for the reader's scenario. */
export function When({ is, children }: { is: LiveCondition; children: ReactNode }) {
  const s = useScenario();
  if (!holds(is, s)) return null;
  return <span data-testid={`when-${is}`}>{children}</span>;
}

/** The sentence for the approach that is cheaper to run in the reader's scenario. */
export function WhenRunCheaper({ approach, children }: { approach: "ft" | "rag"; children: ReactNode }) {
  return <When is={approach === "ft" ? "ftRunsCheaper" : "ragRunsCheaper"}>{children}</When>;
}
