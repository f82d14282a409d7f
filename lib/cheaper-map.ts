/**
 * Where each approach wins: the cheapest approach at the horizon over query volume × update
 * frequency, everything else as in the scenario, with the RAG/fine-tuning break-even volume per
 * update frequency as the boundary. Uses totalsAtHorizon (closed form, about a microsecond a cell).
 */
import { workloadSpecs } from "./assumptions";
import { estimate, totalsAtHorizon, type AnyApproach, type Approach, type ModelInputs } from "./model";
import { logScale, LOG_STEPS_PER_DECADE, UPDATE_SLIDER_VALUES } from "./scales";

/** Columns per decade of query volume. */
export const MAP_COLUMNS_PER_DECADE = 5;
export const MAP_Q_MIN = 10;
export const MAP_Q_MAX = 1e8;

/** Query volumes of the map's columns: 10 … 1e8, five a decade, each a round number. */
export const MAP_QUERIES: readonly number[] = (() => {
  const out: number[] = [];
  const step = LOG_STEPS_PER_DECADE / MAP_COLUMNS_PER_DECADE;
  const first = Math.log10(MAP_Q_MIN) * LOG_STEPS_PER_DECADE;
  const last = Math.log10(MAP_Q_MAX) * LOG_STEPS_PER_DECADE;
  for (let p = first; p <= last; p += step) out.push(logScale.value(workloadSpecs.queriesPerDay, p));
  return out;
})();

/** Update frequencies of the map's rows: the update slider's stops, never … hourly. */
export const MAP_UPDATES: readonly number[] = UPDATE_SLIDER_VALUES;

export interface CheaperMap {
  queriesPerDay: readonly number[];
  updatesPerMonth: readonly number[];
  /** cells[row][column]: the cheapest approach at (updatesPerMonth[row], queriesPerDay[column]). */
  cells: Approach[][];
  /** Per row, the volume at which RAG and fine-tuning cost the same at the horizon, or null. */
  boundary: (number | null)[];
}

export function cheapestAt(x: ModelInputs, queriesPerDay: number, updatesPerMonth: number): Approach {
  const t = totalsAtHorizon({ ...x, queriesPerDay, updatesPerMonth });
  let best: Approach = "rag";
  if (t.ft < t[best]) best = "ft";
  if (t.hybrid < t[best]) best = "hybrid";
  return best;
}

export function cheaperMap(x: ModelInputs): CheaperMap {
  const cells = MAP_UPDATES.map((u) => MAP_QUERIES.map((q) => cheapestAt(x, q, u)));
  const boundary = MAP_UPDATES.map((u) => estimate({ ...x, updatesPerMonth: u }).breakEven.queriesPerDay);
  return { queriesPerDay: MAP_QUERIES, updatesPerMonth: MAP_UPDATES, cells, boundary };
}

/**
 * v3's map: the cheapest among every approach that exists at each cell, so its regions show where
 * long context fits and wins (it fits or not whatever the volume; the volume decides whether it wins).
 */
export interface CheaperMapV3 extends Omit<CheaperMap, "cells"> {
  cells: AnyApproach[][];
}

export function cheapestOfAllAt(x: ModelInputs, queriesPerDay: number, updatesPerMonth: number): AnyApproach {
  const t = totalsAtHorizon({ ...x, queriesPerDay, updatesPerMonth });
  let best: AnyApproach = "rag";
  if (t.ft < t[best]!) best = "ft";
  if (t.hybrid < t[best]!) best = "hybrid";
  if (t.lc !== undefined && t.lc < t[best]!) best = "lc";
  return best;
}

export function cheaperMapV3(x: ModelInputs): CheaperMapV3 {
  const cells = MAP_UPDATES.map((u) => MAP_QUERIES.map((q) => cheapestOfAllAt(x, q, u)));
  const boundary = MAP_UPDATES.map((u) => estimate({ ...x, updatesPerMonth: u }).breakEven.queriesPerDay);
  return { queriesPerDay: MAP_QUERIES, updatesPerMonth: MAP_UPDATES, cells, boundary };
}

/** Rows of v3's second map: knowledge-base sizes 10K … 100M tokens, four a decade, each a round number. */
export const MAP_CORPUS_MIN = 1e4;
export const MAP_CORPUS_MAX = 1e8;
export const MAP_CORPUS: readonly number[] = (() => {
  const out: number[] = [];
  const step = LOG_STEPS_PER_DECADE / 4;
  const first = Math.log10(MAP_CORPUS_MIN) * LOG_STEPS_PER_DECADE;
  const last = Math.log10(MAP_CORPUS_MAX) * LOG_STEPS_PER_DECADE;
  for (let p = first; p <= last; p += step) out.push(logScale.value(workloadSpecs.corpusTokens, p));
  return out;
})();

/**
 * v3's map over query volume × knowledge-base size (updates as in the scenario): long context fits
 * below the window's line, whatever the volume, and the volume decides whether it wins there.
 */
export interface CorpusMap {
  queriesPerDay: readonly number[];
  corpusTokens: readonly number[];
  /** cells[row][column]: the cheapest of every approach that exists at (corpusTokens[row], queriesPerDay[column]). */
  cells: AnyApproach[][];
  /** The largest knowledge base long context fits (the window's line), or null when nothing fits. */
  window: number | null;
}

export function corpusMapV3(x: ModelInputs): CorpusMap {
  const cells = MAP_CORPUS.map((d) => MAP_QUERIES.map((q) => cheapestOfAllAt({ ...x, corpusTokens: d }, q, x.updatesPerMonth)));
  const lc = estimate(x).longContext;
  const window = lc && lc.contextWindow > 0 && lc.maxCorpusTokens > 0 ? lc.maxCorpusTokens : null;
  return { queriesPerDay: MAP_QUERIES, corpusTokens: MAP_CORPUS, cells, window };
}
