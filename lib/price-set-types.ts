/**
 * The shape of a price set: the prices (and the provider's latency figures) of one buyable offer,
 * frozen per model version, each number with its source. A link names its set with p=<id>; editing
 * or retiring a set never changes an existing link, because a set's numbers never change once
 * shipped: a new price is a new set (and, for the unpinned default, a new model version).
 */
import type { Assumptions } from "./assumptions";
import type { Text } from "./i18n-text";

export interface Range {
  low: number;
  high: number;
}

/**
 * Latency figures in ms, from the provider's model and the retrieval stack: time to first token for a
 * short prompt, prefill speed of longer input, query embedding and vector search.
 * latency = ttft + promptTokens / prefillTokensPerSecond × 1000 (+ embedding + search + context prefill for RAG).
 */
export interface LatencyModel {
  ttftMs: Range;
  /** Tokens of input processed per second before the first output token; `low` is the fast end. */
  prefillTokensPerSecond: Range;
  embeddingMs: Range;
  vectorSearchMs: Range;
}

/** Where one number of a set was read: the page, the day we checked it, and the sentence itself. */
export interface PriceEvidence {
  url: string;
  /** ISO date the page was read. */
  checked: string;
  /** The sentence or table row the number was read from, quoted as the page gives it. */
  quote: string;
  /** How the number was worked out when it is not read directly (e.g. hourly price × hours). */
  derivation?: Text;
  /** Set when the number could not be confirmed on a current page: what is missing, in words. */
  unconfirmed?: Text;
}

export type PriceSetStatus = "current" | "retired";

/** The numbers of a set, which the model and the codec need (shipped to the browser). */
export interface PriceSet {
  id: string;
  /** The model version whose contract this set was written for. */
  version: number;
  name: Text;
  status: PriceSetStatus;
  /** ISO date: the day the set's prices were last checked as a whole. */
  asOf: string;
  /** For retired sets: the day a new customer could no longer buy this, or a newer check replaced it. */
  retiredOn?: string;
  /** Every assumption this set sets; the others keep the version's defaults. */
  values: Partial<Assumptions>;
  latency: LatencyModel;
}

/** The words of a set, read only where they are shown (methodology, API, the retired notice). */
export interface PriceSetDoc {
  description: Text;
  /** For retired sets: why (the offer is gone, its numbers could not be confirmed, or a newer check replaced it). */
  reason?: Text;
  /** For every key of the set's `values` (and "latency"), where it was read. */
  evidence: Partial<Record<keyof Assumptions | "latency", PriceEvidence[]>>;
}
