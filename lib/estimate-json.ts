/**
 * The estimate as the API answers it and the JSON download holds it: the scenario's inputs (every
 * assumption included), the price set used, the three approaches, the series, the break-evens, the
 * bands, the cheaper map and the corrections made to the query. Pure, and free of anything HTTP, so
 * the browser's download code can use it too.
 */
import { perCorrectNote, perCorrectView } from "./accuracy";
import type { EstimateResponse } from "./api-schema";
import { assumptionKeysOf } from "./assumptions";
import { cheaperMap, cheaperMapV3 } from "./cheaper-map";
import { estimate } from "./model";
import { pricingSummary } from "./price-set-docs";
import { priceSet } from "./price-sets";
import type { Scenario, ScenarioWarning } from "./scenario";
import { TASKS } from "./task-evidence";
import { uncertainty } from "./uncertainty";

/**
 * A v3 answer (every answer since v3's release: v1 and v2 links are migrated to v3) adds long
 * context (or why it is not feasible) wherever the three approaches appear, and accuracy with cost
 * per correct answer. A version-2 scenario (only made in code now) is answered as before v3.
 */
export function estimateJson(scenario: Scenario, warnings: ScenarioWarning[]): EstimateResponse {
  const e = estimate(scenario);
  const u = uncertainty(scenario, e);
  const v3 = scenario.version >= 3;
  const map = v3 ? cheaperMapV3(scenario) : cheaperMap(scenario);
  const inputs = Object.fromEntries(assumptionKeysOf(scenario.version).map((k) => [k, scenario.assumptions[k]]));
  const perCorrect = v3 ? perCorrectView(scenario, e, TASKS) : null;
  return {
    version: scenario.version,
    /** The price set the numbers use: its name, status, the day it was checked, and its sources. */
    pricing: pricingSummary(priceSet(scenario.pricing)!),
    inputs: {
      queriesPerDay: scenario.queriesPerDay,
      updatesPerMonth: scenario.updatesPerMonth,
      corpusTokens: scenario.corpusTokens,
      horizonMonths: scenario.horizonMonths,
      ...inputs,
    },
    display: { currency: scenario.currency, fxRate: scenario.fxRate },
    approaches: e.approaches,
    fineTune: e.fineTune,
    series: e.series,
    breakEven: e.breakEven,
    cheapest: v3 ? e.cheapestOverall! : e.cheapest,
    ...(v3 ? { longContext: e.longContext!, perCorrect: { ...perCorrect!, note: perCorrectNote(perCorrect!) } } : {}),
    ranges: u.overall?.lcRange ? { ...u.ranges, lc: u.overall.lcRange } : u.ranges,
    winnerHolds: u.overall ? u.overall.winnerHolds : u.winnerHolds,
    cheaperMap: {
      axes: { queriesPerDay: [...map.queriesPerDay], updatesPerMonth: [...map.updatesPerMonth] },
      cells: map.cells,
      breakEvenQueriesPerDay: map.boundary,
    },
    warnings,
  };
}
