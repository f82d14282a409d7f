/** Placeholder until the researched v2 price sets land (replaced wholesale by the research branch). */
import type { PriceSet } from "./price-set-types";

export const V2_PRICE_SETS: readonly PriceSet[] = [
  {
    id: "placeholder-default",
    version: 2,
    name: { zh: "占位", en: "Placeholder" },
    status: "current",
    asOf: "2026-11-24",
    values: { baseIn: 0.3, baseOut: 2.5, ftIn: 0.3, ftOut: 2.5, trainPrice: 5 },
    latency: {
      ttftMs: { low: 200, high: 600 },
      prefillTokensPerSecond: { low: 20_000, high: 5_000 },
      embeddingMs: { low: 20, high: 120 },
      vectorSearchMs: { low: 10, high: 80 },
    },
  },
];
