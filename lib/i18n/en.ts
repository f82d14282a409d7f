/** Every UI string of the site in English, the same shape as the Chinese file. */
import {
  compactNumber,
  formatMoney,
  formatMonthOrdinal,
  formatMonths,
  formatPercent,
  formatPlain,
  formatQueries,
  type Money,
} from "../format";
import type { Approach, CostCategory } from "../model";
import type { Adjustment, Conversion, QuantityError } from "../quantity";
import type { Verdict } from "../verdict";
import type { Strings } from "./zh";

const name: Record<Approach, string> = { rag: "RAG", ft: "fine-tuning", hybrid: "the hybrid" };
const Name: Record<Approach, string> = { rag: "RAG", ft: "Fine-tuning", hybrid: "The hybrid" };

export const en: Strings = {
  lang: "en",
  htmlLang: "en",
  siteName: "RAG or fine-tuning?",
  approach: { rag: "RAG", ft: "Fine-tuning", hybrid: "Hybrid" },
  calculator: {
    heading: "Cost calculator",
    workload: "Your scenario",
    presets: "Examples from the article",
    reset: "Reset",
    typed: "Exact value",
    perMonthUnit: "per month",
    currency: "Currency",
    fxRate: "Rate (CNY per USD)",
    update: "Update",
    input: {
      corpusHint: "Type tokens, pages or a size of plain text: 20M, 40,000 pages, 5 GB",
      problem(reason: QuantityError, given: string, current: string, corpus: boolean): string {
        const still = `Still using ${current}.`;
        switch (reason) {
          case "empty":
            return `Type a number. ${still}`;
          case "not-a-number":
            return corpus
              ? `“${given}” is not a size we understand (try 20M, 40,000 pages or 5 GB). ${still}`
              : `“${given}” is not a number we understand (try 20000, 20k or 2万). ${still}`;
          case "negative":
            return `This cannot be negative. ${still}`;
          case "too-large":
            return `“${given}” is too large to work with. ${still}`;
          case "separator":
            return `Use a point for decimals (1.5); commas and spaces only group thousands (20,000). ${still}`;
          case "unit-here":
            return `Only the knowledge base size takes GB or pages; type a plain number here. ${still}`;
        }
      },
      adjusted(how: Exclude<Adjustment, null>, given: string, used: string): string {
        if (how === "above-max") return `${given} is above the maximum; using ${used}.`;
        if (how === "below-min") return `${given} is below the minimum; using ${used}.`;
        return `${given} must be a whole number; using ${used}.`;
      },
      converted(c: Conversion, tokens: number): string {
        const t = `${compactNumber(tokens, "en")} tokens`;
        if (c.from === "pages")
          return `${formatPlain(c.pages, "en")} ${c.pages === 1 ? "page" : "pages"} ≈ ${t}, at ${c.tokensPerPage} tokens a page.`;
        return `${formatPlain(c.amount, "en")} ${c.unit} of plain text ≈ ${t}, at ${c.bytesPerToken} bytes of text per token.`;
      },
      pdf: (size: string) =>
        `${size} of PDFs is not ${size} of text: PDFs also carry layout, images and fonts. Extract the text first and give its size.`,
    },
  },
  verdict: {
    heading: "Verdict",
    sentences(v: Verdict, horizon: number, money: Money): string[] {
      const out: string[] = [];
      const m = (usd: number) => formatMoney(usd, money, "en");
      out.push(
        `Over ${formatMonths(horizon, "en")}, ${name[v.cheapest]} costs least: ${m(v.saving)} (${formatPercent(v.savingShare, "en")}) less than ${name[v.runnerUp]}, the runner-up.`,
      );
      if (v.breakEvenMonth !== null && v.cheaperFromBreakEven) {
        const later = v.cheaperFromBreakEven;
        const other = later === "rag" ? "ft" : "rag";
        out.push(
          v.breakEvenMonth <= 1
            ? `${Name[later]} costs more up front, but its running total is at or below ${name[other]}'s from the first month on.`
            : `${Name[later]} costs more up front but has caught up with ${name[other]} by ${formatMonthOrdinal(v.breakEvenMonth, "en")} and stays at or below it.`,
        );
      } else if (v.ragVsFt.cheaper) {
        out.push(`The RAG and fine-tuning curves never cross in this period: ${name[v.ragVsFt.cheaper]} is cheaper throughout.`);
      }
      if (v.breakEvenVolume !== null && v.cheaperAboveVolume) {
        out.push(
          `The break-even volume is about ${formatQueries(v.breakEvenVolume, "en")}: above it, ${name[v.cheaperAboveVolume]} is cheaper at ${formatMonths(horizon, "en")}.`,
        );
      } else {
        out.push("Between 1 and 1 billion queries a day, RAG and fine-tuning never cost the same.");
      }
      return out;
    },
    short(v: Verdict, horizon: number, money: Money): string {
      return `Over ${formatMonths(horizon, "en")}, ${name[v.cheapest]} is cheapest, ${formatMoney(v.saving, money, "en")} below ${name[v.runnerUp]}`;
    },
  },
  answer: {
    heading: "The answer",
    headline: (who: string, total: string, horizon: string) => `${who} is cheapest: ${total} over ${horizon}`,
    runnerUp: (who: string, saving: string, share: string) => `${saving} (${share}) less than the next cheapest, ${who}.`,
    third: (who: string, total: string) => `${who.charAt(0).toUpperCase()}${who.slice(1)} costs ${total}.`,
    /** The approaches in words a reader has before reading the article. */
    plain: {
      rag: "RAG (retrieval-augmented generation)",
      ft: "fine-tuning alone",
      hybrid: "RAG plus a style fine-tune (the hybrid)",
    } as Record<Approach, string>,
    short: { rag: "RAG", ft: "Fine-tuning", hybrid: "RAG plus a style fine-tune" } as Record<Approach, string>,
    more: "All charts and assumptions",
    edit: "Change the numbers",
    bar: (who: string, total: string, horizon: string) => `${who} is cheapest · ${total} over ${horizon}`,
  },
  prices: {
    asOf: (date: string, name: string) => `Prices as of ${date} · ${name}`,
    stale: (date: string) => `These prices were last checked on ${date}, more than six months ago, and may have changed.`,
    retired: (name: string, date: string) =>
      `This link uses ${name} prices, retired on ${date}: a new customer can no longer buy them.`,
    toToday: "Same scenario at today's prices",
  },
  results: {
    heading: "The approaches side by side",
    approach: "Approach",
    upfront: "Upfront",
    monthly: "Monthly (average)",
    total: (h: number) => `Total over ${formatMonths(h, "en")}`,
    perQuery: "Per query",
    stalenessHelp: "How long until a change in the knowledge shows in answers",
    retrain: (cost: string, perMonth: string) => `${cost} per retrain, up to ${perMonth} a month`,
    cheapest: "cheapest",
  },
  charts: {
    pinnedSuffix: " (A, pinned)",
    noScript: "The charts and tables work without JavaScript; the sliders and other controls need it.",
    bandsClipped: "Where a band runs past the axis it is cut off.",
    showBands: "Show uncertainty bands",
    bandsHelp: "The shading spans each approach's cost with every assumption optimistic and with every one pessimistic.",
    cumulative: "Cumulative cost",
    cumulativeHelp: "The jump at month 0 is the upfront cost; the steps in the fine-tuning line are retrains.",
    breakEven: "break-even",
    month: "Month",
    breakdown: "Upfront and ongoing",
    breakdownHelp: "Each approach's total over the horizon, split into what you pay up front and what you keep paying.",
    upfront: "Upfront",
    ongoing: "Ongoing",
    showTable: "Show the data as a table",
    latency: "Response time",
    latencyOurs: "Our estimate for your scenario",
    latencyArticle: "Typical range quoted in the article",
    staleness: "Staleness",
  },
  categories: {
    people: "People",
    dataPreparation: "Data preparation",
    training: "Training",
    inference: "Inference (LLM)",
    embeddings: "Embeddings",
    vectorDatabase: "Vector database",
    retraining: "Retraining",
  } satisfies Record<CostCategory, string>,
  a11y: {
    chartTableCaption: "Cumulative cost of each approach, month by month",
  },
  article: {
    title: "RAG or fine-tuning?",
    subtitle:
      "Two ways to give a language model knowledge it lacks: what they are, how they differ, how to choose — worked out with your own numbers.",
    credit: "Adapted from an article by ZIYU",
    original: "original (Chinese)",
    licence: "CC BY-NC-SA 4.0",
    changes: "Rewritten, with additions: editor's notes and our interactive figures are marked.",
    table: "Table",
    toc: "Contents",
    editorNote: "Editor's note",
    editorNoteHint: "our addition or correction, not in the original",
    ourAddition: "our addition",
    calculatorHeading: "Cost calculator",
    adjust: "Adjust the scenario",
    currentScenario: "Current scenario",
    inArticle: "in the article",
  },
};
