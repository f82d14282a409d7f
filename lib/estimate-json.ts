/**
 * The estimate as the API answers it and the JSON download holds it: the scenario's inputs (every
 * assumption included), the price set used, the three approaches, the series, the break-evens, the
 * bands, the cheaper map and the corrections made to the query. Pure, and free of anything HTTP, so
 * the browser's download code can use it too.
 */
import type { EstimateResponse } from "./api-schema";
import { cheaperMap } from "./cheaper-map";
import { estimate } from "./model";
import { pricingSummary } from "./price-set-docs";
import { priceSet } from "./price-sets";
import type { Scenario, ScenarioWarning } from "./scenario";
import { uncertainty } from "./uncertainty";

export function estimateJson(scenario: Scenario, warnings: ScenarioWarning[]): EstimateResponse {
  const e = estimate(scenario);
  const u = uncertainty(scenario, e);
  const map = cheaperMap(scenario);
  return {
    version: scenario.version,
    /** The price set the numbers use: its name, status, the day it was checked, and its sources. */
    pricing: pricingSummary(priceSet(scenario.pricing)!),
    inputs: {
      queriesPerDay: scenario.queriesPerDay,
      updatesPerMonth: scenario.updatesPerMonth,
      corpusTokens: scenario.corpusTokens,
      horizonMonths: scenario.horizonMonths,
      ...scenario.assumptions,
    },
    display: { currency: scenario.currency, fxRate: scenario.fxRate },
    approaches: e.approaches,
    fineTune: e.fineTune,
    series: e.series,
    breakEven: e.breakEven,
    cheapest: e.cheapest,
    ranges: u.ranges,
    winnerHolds: u.winnerHolds,
    cheaperMap: {
      axes: { queriesPerDay: [...map.queriesPerDay], updatesPerMonth: [...map.updatesPerMonth] },
      cells: map.cells,
      breakEvenQueriesPerDay: map.boundary,
    },
    warnings,
  };
}
