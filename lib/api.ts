/**
 * The JSON of /api/v1/estimate: the scenario's inputs (every assumption included), the three
 * approaches, the series, the break-evens and the corrections made to the query. Pure: takes query
 * parameters, gives a Response.
 */
import { cheaperMap } from "./cheaper-map";
import { estimate } from "./model";
import { uncertainty } from "./uncertainty";
import { pricingSummary } from "./price-set-docs";
import { PRICE_SETS, priceSet } from "./price-sets";
import { parseScenario, type Scenario, type ScenarioWarning } from "./scenario";

/** Longest query string we read; longer ones are refused rather than parsed. */
export const MAX_QUERY_LENGTH = 4096;

export function estimateJson(scenario: Scenario, warnings: ScenarioWarning[]) {
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
    /** Totals at the horizon with every assumption optimistic / pessimistic: low ≤ total ≤ high. */
    ranges: u.ranges,
    winnerHolds: u.winnerHolds,
    /** The cheapest approach over queries per day × updates per month; cells[row][column]. */
    cheaperMap: {
      axes: { queriesPerDay: map.queriesPerDay, updatesPerMonth: map.updatesPerMonth },
      cells: map.cells,
      breakEvenQueriesPerDay: map.boundary,
    },
    warnings,
  };
}

/** JSON with "<" escaped, so text echoed from a query can never read as a tag. */
export function jsonResponse(body: unknown, init: { status?: number; headers: Record<string, string> }): Response {
  return new Response(JSON.stringify(body).replace(/</g, "\\u003c"), init);
}

export const JSON_HEADERS = {
  "content-type": "application/json; charset=utf-8",
  "access-control-allow-origin": "*",
  "x-content-type-options": "nosniff",
};

export function estimateResponse(params: URLSearchParams): Response {
  try {
    const query = params.toString();
    if (query.length > MAX_QUERY_LENGTH) {
      return jsonResponse(
        { error: "query-too-long", message: `The query string is longer than ${MAX_QUERY_LENGTH} characters.` },
        { status: 400, headers: JSON_HEADERS },
      );
    }
    const { scenario, warnings } = parseScenario(params);
    return jsonResponse(estimateJson(scenario, warnings), {
      headers: { ...JSON_HEADERS, "cache-control": "public, max-age=3600, s-maxage=31536000, immutable" },
    });
  } catch {
    // parseScenario never throws; this keeps a bug from ever surfacing as a 500.
    return jsonResponse({ error: "bad-request", message: "The scenario could not be read." }, { status: 400, headers: JSON_HEADERS });
  }
}

/** Every price set ever shipped, current ones first (GET /api/v1/pricing). */
export function pricingJson() {
  return { priceSets: PRICE_SETS.map(pricingSummary) };
}
