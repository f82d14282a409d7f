/**
 * Every price set the site has ever shipped, current and retired, and the default of each model
 * version. A link names its set with p=<id>; without p it uses its version's default set. Sets are
 * frozen data: a new price is a new set, so no link changes when one is retired.
 */
import type { PriceSet } from "./price-set-types";
import { V1_PRICE_SETS, type V1PriceSetId } from "./price-sets-v1";
import { V2_PRICE_SETS } from "./price-sets-v2";
import { V3_PRICE_SETS, type V3PriceSetId } from "./price-sets-v3";
import { PAGES_READ_V3 } from "./versions";

export type { PriceSet } from "./price-set-types";

/**
 * Every price set the pages show (the methodology page lists them all). v3's join them when the
 * pages read model v3 (PAGES_READ_V3); until then only the API, which answers v=3, uses them.
 */
export const PRICE_SETS: readonly PriceSet[] = PAGES_READ_V3
  ? [...V3_PRICE_SETS, ...V2_PRICE_SETS, ...V1_PRICE_SETS]
  : [...V2_PRICE_SETS, ...V1_PRICE_SETS];

/** Every price set a link may name, v3's included: what /api/v1/pricing lists. */
export const ALL_PRICE_SETS: readonly PriceSet[] = [...V3_PRICE_SETS, ...V2_PRICE_SETS, ...V1_PRICE_SETS];

/** Any shipped price set's id (v2 ids come from research data; v1's and v3's are typed literally). */
export type PriceSetId = V1PriceSetId | (typeof V2_PRICE_SETS)[number]["id"] | V3PriceSetId;

const byId = new Map<string, PriceSet>(ALL_PRICE_SETS.map((s) => [s.id, s]));

export function priceSet(id: string): PriceSet | undefined {
  return byId.get(id);
}

export const isPriceSetId = (id: string): id is PriceSetId => byId.has(id);

/** The set a link of each model version uses when it names none. */
export const DEFAULT_PRICE_SET: Readonly<Record<1 | 2 | 3, PriceSetId>> = {
  1: "openai-4o-mini",
  2: V2_PRICE_SETS[0]!.id,
  3: V3_PRICE_SETS[0]!.id,
};

/** Sets a reader may choose today on the pages, the current version's default first. */
export const CURRENT_PRICE_SETS: readonly PriceSet[] = (PAGES_READ_V3 ? V3_PRICE_SETS : V2_PRICE_SETS).filter(
  (s) => s.status === "current",
);

/** Whole months between two ISO dates (b after a), counting a month when the day of month is reached. */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma, da] = a.split("-").map(Number) as [number, number, number];
  const [yb, mb, db] = b.split("-").map(Number) as [number, number, number];
  return (yb - ya) * 12 + (mb - ma) - (db < da ? 1 : 0);
}

/** A set whose prices were last checked more than six months before `today` (ISO date). */
export const isStale = (set: PriceSet, today: string) => monthsBetween(set.asOf, today) >= 6;
