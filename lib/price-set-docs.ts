/**
 * The words of every price set: description, retirement reason and the evidence for each number.
 * Kept apart from the numbers (price-sets.ts) so that pages which only compute do not ship them.
 */
import type { PriceSet, PriceSetDoc } from "./price-set-types";
import { V1_PRICE_SET_DOCS } from "./price-set-docs-v1";
import { V2_PRICE_SET_DOCS } from "./price-set-docs-v2";
import { V3_PRICE_SET_DOCS } from "./price-set-docs-v3";
import type { PriceSetId } from "./price-sets";

export const PRICE_SET_DOCS: Record<PriceSetId, PriceSetDoc> = {
  ...V3_PRICE_SET_DOCS,
  ...V2_PRICE_SET_DOCS,
  ...V1_PRICE_SET_DOCS,
};

export function priceSetDoc(id: string): PriceSetDoc | undefined {
  return (PRICE_SET_DOCS as Record<string, PriceSetDoc>)[id];
}

/** The URLs a set's numbers were read from, once each, in order of first mention. */
export function sourcesOf(id: string): string[] {
  const urls = new Set<string>();
  for (const list of Object.values(priceSetDoc(id)?.evidence ?? {})) for (const e of list ?? []) urls.add(e.url);
  return [...urls];
}

/** What an estimate says about the prices it used (the API's `pricing`, and `/api/v1/pricing`'s rows). */
export function pricingSummary(set: PriceSet) {
  const doc = priceSetDoc(set.id);
  return {
    id: set.id,
    name: set.name,
    status: set.status,
    asOf: set.asOf,
    ...(set.retiredOn ? { retiredOn: set.retiredOn } : {}),
    ...(doc?.reason ? { reason: doc.reason } : {}),
    sources: sourcesOf(set.id),
  };
}
