/** Placeholder until the researched v2 price sets land. */
import type { PriceSetDoc } from "./price-set-types";

const TODO = [{ url: "https://example.invalid/", checked: "2026-11-24", quote: "placeholder" }];
export const V2_PRICE_SET_DOCS: Record<string, PriceSetDoc> = {
  "placeholder-default": {
    description: { zh: "占位", en: "Placeholder" },
    evidence: { baseIn: TODO, baseOut: TODO, ftIn: TODO, ftOut: TODO, trainPrice: TODO, latency: TODO },
  },
};
