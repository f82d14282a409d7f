/** fast-check generators shared by the unit tests: any valid model input, any valid scenario. */
import fc from "fast-check";
import { ASSUMPTION_KEYS, assumptionSpecs, workloadSpecs } from "./assumptions";
import type { ModelInputs } from "./model";
import { PRICE_SETS, type PriceSetId } from "./price-sets";
import { CURRENT_VERSION, DEFAULT_FX, type Scenario } from "./scenario";

/** Any valid inputs: every workload value and assumption within its range. */
const arbSpec = (spec: { min: number; max: number; integer?: boolean }) =>
  spec.integer
    ? fc.integer({ min: spec.min, max: spec.max })
    : fc.oneof(
        fc.constantFrom(spec.min, spec.max),
        fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true }),
      );

export const arbInputs = fc.record({
  queriesPerDay: arbSpec(workloadSpecs.queriesPerDay),
  updatesPerMonth: arbSpec(workloadSpecs.updatesPerMonth),
  corpusTokens: arbSpec(workloadSpecs.corpusTokens),
  horizonMonths: arbSpec(workloadSpecs.horizonMonths),
  assumptions: fc.record(
    Object.fromEntries(ASSUMPTION_KEYS.map((k) => [k, arbSpec(assumptionSpecs[k])])) as {
      [K in keyof ModelInputs["assumptions"]]: fc.Arbitrary<number>;
    },
  ),
});

export const arbScenario: fc.Arbitrary<Scenario> = arbInputs.chain((x) =>
  fc
    .record({
      currency: fc.constantFrom("USD" as const, "CNY" as const),
      pricing: fc.constantFrom(...PRICE_SETS.map((p) => p.id as PriceSetId)),
      fxRate: fc.double({ min: DEFAULT_FX.min, max: DEFAULT_FX.max, noNaN: true }),
    })
    .map((d) => ({ ...x, ...d, version: CURRENT_VERSION })),
);
