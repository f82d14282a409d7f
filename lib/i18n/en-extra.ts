/** English strings of the panels that load lazily, and of server-only surfaces (preview image, methodology). */
import { formatMonthOrdinal, formatQueries } from "../format";
import type { AssumptionGroup } from "../assumptions";
import type { Approach } from "../model";
import type { WarningCode } from "../scenario";
import type { Verdict } from "../verdict";
import type { ExtraStrings } from "./zh-extra";

const name: Record<Approach, string> = { rag: "RAG", ft: "fine-tuning", hybrid: "the hybrid" };
const Name: Record<Approach, string> = { rag: "RAG", ft: "Fine-tuning", hybrid: "The hybrid" };

export const enExtra: ExtraStrings = {
  assumptions: {
    heading: "Assumptions and prices",
    intro: "Every default in the model can be changed; prices link to their source and the date we checked them.",
    groups: { shared: "Shared", rag: "RAG", ft: "Fine-tuning", hybrid: "Hybrid" } satisfies Record<AssumptionGroup, string>,
    source: "Source",
    asOf: (date: string) => `checked ${date}`,
    resetOne: "Reset to default",
    defaultIs: (v: string) => `default ${v}`,
  },
  warnings: {
    heading: "Some values in the link were corrected",
    dismiss: "Got it",
    describe(code: WarningCode, param: string, given: string, used: string | undefined): string {
      switch (code) {
        case "clamped":
          return `${param}=${given} is out of range; using ${used}`;
        case "invalid":
          return `${param}=${given} is not a number we understand; using the default, ${used}`;
        case "rounded":
          return `${param}=${given} must be a whole number; using ${used}`;
        case "duplicate":
          return `${param} appears more than once; using the first value, ${used}`;
        case "unknown-param":
          return `${param} is not a setting we know; ignored`;
        case "unknown-version":
          return `There is no model version v=${given}; using v=${used}`;
        case "more":
          return `and ${given} more corrections`;
      }
    },
  },
  footer: {
    code: "Code under the MIT licence",
    methodology: "Methodology and sources",
  },
  site: {
    navLabel: "Site",
    switchLanguage: "中文",
    switchLanguageLabel: "(switch to the Chinese version)",
    themeDark: "Switch to dark mode",
    themeLight: "Switch to light mode",
    notFoundTitle: "Page not found",
    notFoundBody: "There is no page at this address. Perhaps the link was cut short?",
    notFoundBack: "Back to the start",
  },
  description:
    "Should you use RAG or fine-tune? Enter your query volume, update frequency and data size to see upfront and ongoing costs, the break-even point, latency and freshness of each approach.",
  siteTagline: "An interactive explainer and cost calculator",
  pricing: {
    heading: "Prices",
    retired: "retired",
    sources: "Sources",
    asOf: (d: string) => `checked ${d}`,
  },
  uncertainty: {
    holds: (winner: Approach) =>
      `${Name[winner]} stays the cheapest with every assumption optimistic and with every one pessimistic.`,
    flips: (optimistic: Approach, pessimistic: Approach) =>
      `The answer is not robust: with every assumption optimistic, ${name[optimistic]} is cheapest; with every one pessimistic, ${name[pessimistic]} is.`,
    drivers: (names: string[]) => `The assumptions that move the RAG − fine-tuning difference most: ${names.join(", ")}.`,
    tornadoHeading: "Which assumptions matter most",
    tornadoHelp:
      "How much the RAG − fine-tuning difference in total cost at the horizon changes when each assumption alone goes optimistic or pessimistic.",
    optimistic: "optimistic",
    pessimistic: "pessimistic",
    bar: (name: string, optimistic: string, pessimistic: string) =>
      `${name}: optimistic ${optimistic}, pessimistic ${pessimistic}`,
    favoursRag: "← favours RAG",
    favoursFt: "favours fine-tuning →",
  },
  map: {
    heading: "Where each approach wins",
    help: "Over queries per day × update frequency, the colour is the approach with the lowest total at the horizon; every other input is the current scenario's. Click a cell, or press Enter on it, to move the scenario there.",
    queries: "Queries per day",
    boundary: "RAG / fine-tuning break-even",
    current: "Current scenario",
    cell: (approach: string, queries: string, updates: string) => `${queries}, ${updates}: ${approach} is cheapest`,
    keyboard: "Arrow keys move; Enter moves the scenario to the cell",
  },
  compare: {
    heading: "Compare two scenarios",
    pin: "Pin this scenario, then change it",
    unpin: "Unpin",
    pinned: "Pinned (A)",
    current: "Current (B)",
    difference: "B − A",
    help: "Pin, then change the inputs: both scenarios show side by side, and the link carries both.",
  },
  share: {
    heading: "Share and download",
    copyLink: "Copy link",
    copyEmbed: "Copy embed code",
    linkCopied: "Link copied ✓",
    embedCopied: "Embed code copied ✓",
    copyFailed: "The clipboard is not available; copy the link from the address bar",
    openFull: "Open the full explainer ↗",
  },
  staleness: {
    /** Fine-tuning's staleness when the knowledge is never updated: nothing to retrain, not "immediate". */
    noUpdates: "no updates to retrain for",
    noUpdatesHelp: "With no updates to the knowledge, there is nothing to retrain",
  },
  quiz: {
    heading: "Which one fits?",
    intro:
      "Answer a few questions; together with the calculator's cost result they give a recommendation. Answer as many as you like.",
    prompt: "No recommendation yet: answer at least one question.",
    result: "Recommendation",
    reasons: "Why",
    clear: "Clear answers",
    submit: "Show the recommendation",
    choice: { rag: "RAG", ft: "Fine-tuning", hybrid: "Hybrid (RAG + a style fine-tune)" },
    costReason: (cheapest: Approach, runnerUp: Approach, saving: string, horizon: string) =>
      `In the calculator's current scenario, ${name[cheapest]} costs least over ${horizon}: ${saving} less than ${name[runnerUp]}, the runner-up.`,
    score: (rag: number, ft: number) => `Score: RAG ${rag} · fine-tuning ${ft}`,
  },
  exports: {
    currency: (currency: "USD" | "CNY", fxRate: number) =>
      currency === "CNY" ? `Currency: CNY (¥${fxRate} per US$1)` : "Currency: USD",
    pricesAsOf: (date: string) => `prices as of ${date}`,
    modelVersion: (v: number) => `cost model v${v}`,
    description: (scenario: string, totals: string, horizon: string) =>
      `Cumulative cost of the three approaches over ${horizon}. Scenario: ${scenario}. Totals: ${totals}.`,
  },
  og: {
    queries: "Queries per day",
    updates: "Knowledge updates",
    corpus: "Knowledge base",
    horizon: "Horizon",
    breakEven(v: Verdict): string {
      const month =
        v.breakEvenMonth !== null && v.cheaperFromBreakEven
          ? `${Name[v.cheaperFromBreakEven]} is cheaper from ${v.breakEvenMonth <= 1 ? "the first month" : formatMonthOrdinal(v.breakEvenMonth, "en")}`
          : "The RAG and fine-tuning curves do not cross";
      const volume =
        v.breakEvenVolume !== null ? `break-even at about ${formatQueries(v.breakEvenVolume, "en")}` : "no break-even volume";
      return `${month} · ${volume}`;
    },
  },
  methodology: {
    title: "Methodology and sources",
    description: "Every formula, default, unit, price set and source of cost model v2; v1's price sets are kept, retired.",
    formulas: "Formulas",
    inputs: "The four main inputs",
    defaults: "Assumptions and defaults",
    name: "Name",
    urlName: "URL name",
    defaultValue: "Default",
    range: "Range",
    unit: "Unit",
    source: "Source",
    band: "Optimistic / pessimistic",
    presets: "Pricing presets",
    presetsIntro:
      "A price set is what one vendor sold on a given day (with its latency figures). It travels in the link as p; a link without p uses its version's default set, listed first. Sets are never edited once shipped: a new price is a new set, and an old one is marked retired with its numbers unchanged, so old links always give the same answer. Every number names the page it was read from, the day, and the sentence; what could not be confirmed on a current page says so. Reasons for the ranges: prices span vendors' tiers, batch discounts and regions; hours and token counts span typical teams and prompts; values marked as our estimate are reasoned, not quoted.",
    contractDefault: "set by the model contract",
    current: "current",
    retiredOn: (d: string) => `retired on ${d}`,
    value: "Value",
    quote: "The page says",
    checked: "Checked",
    unconfirmed: "Not confirmed",
    latency: "Latency figures",
    defaultSet: "default set",
    constants: "Constants",
    fx: "CNY exchange rate",
  },
};
