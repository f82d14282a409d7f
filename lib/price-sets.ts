/**
 * Every price set the site has ever shipped, current and retired, and the default of each model
 * version. A link names its set with p=<id>; without p it uses its version's default set. Sets are
 * frozen data: a new price is a new set, so no link changes when one is retired.
 */
import type { PriceSet } from "./price-set-types";
import { V1_PRICE_SETS, type V1PriceSetId } from "./price-sets-v1";
import { V2_PRICE_SETS } from "./price-sets-v2";

export type { PriceSet } from "./price-set-types";

export const PRICE_SETS: readonly PriceSet[] = [...V2_PRICE_SETS, ...V1_PRICE_SETS];

/** Any shipped price set's id (v2 ids come from research data; v1's are typed literally). */
export type PriceSetId = V1PriceSetId | (typeof V2_PRICE_SETS)[number]["id"];

const byId = new Map<string, PriceSet>(PRICE_SETS.map((s) => [s.id, s]));

export function priceSet(id: string): PriceSet | undefined {
  return byId.get(id);
}

export const isPriceSetId = (id: string): id is PriceSetId => byId.has(id);

/** The set a link of each model version uses when it names none. */
export const DEFAULT_PRICE_SET: Readonly<Record<1 | 2, PriceSetId>> = {
  1: "openai-4o-mini",
  2: V2_PRICE_SETS[0]!.id,
};

/** Sets a reader may choose today, the current version's default first. */
export const CURRENT_PRICE_SETS: readonly PriceSet[] = V2_PRICE_SETS.filter((s) => s.status === "current");

/** Whole months between two ISO dates (b after a), counting a month when the day of month is reached. */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma, da] = a.split("-").map(Number) as [number, number, number];
  const [yb, mb, db] = b.split("-").map(Number) as [number, number, number];
  return (yb - ya) * 12 + (mb - ma) - (db < da ? 1 : 0);
}

/** A set whose prices were last checked more than six months before `today` (ISO date). */
export const isStale = (set: PriceSet, today: string) => monthsBetween(set.asOf, today) >= 6;
