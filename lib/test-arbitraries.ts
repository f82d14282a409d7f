/** fast-check generators shared by the unit tests: any valid model input, any valid scenario. */
import fc from "fast-check";
import { ASSUMPTION_KEYS, assumptionSpecs, sinceOf, workloadSpecs } from "./assumptions";
import type { ModelInputs } from "./model";
import { ALL_PRICE_SETS, PRICE_SETS, type PriceSetId } from "./price-sets";
import { ACCURACY_PARAMS, CURRENT_VERSION, DEFAULT_FX, defaultOf, type Scenario } from "./scenario";

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
    // A link cannot carry keys newer than its version: they hold the defaults of its set (none since v3).
    .map((d) => ({
      ...x,
      assumptions: Object.fromEntries(
        ASSUMPTION_KEYS.map((k) => [
          k,
          sinceOf(k) > CURRENT_VERSION ? defaultOf(k, CURRENT_VERSION, d.pricing) : x.assumptions[k],
        ]),
      ) as Scenario["assumptions"],
      ...d,
      version: CURRENT_VERSION,
    })),
);

/** Any valid v3 inputs (long context computed). */
export const arbInputsV3 = arbInputs.map((x) => ({ ...x, version: 3 }));

/** Any valid v3 scenario, with or without typed accuracies (shares within 1%–100%). */
export const arbScenarioV3: fc.Arbitrary<Scenario> = arbInputs.chain((x) =>
  fc
    .record({
      currency: fc.constantFrom("USD" as const, "CNY" as const),
      pricing: fc.constantFrom(...ALL_PRICE_SETS.map((p) => p.id as PriceSetId)),
      fxRate: fc.double({ min: DEFAULT_FX.min, max: DEFAULT_FX.max, noNaN: true }),
      accuracy: fc.record(
        Object.fromEntries(Object.keys(ACCURACY_PARAMS).map((a) => [a, fc.double({ min: 0.01, max: 1, noNaN: true })])),
        { requiredKeys: [] },
      ),
    })
    // A scenario with no typed accuracy has no `accuracy` key (that is what parsing its link gives).
    .map(({ accuracy, ...d }) => ({
      ...x,
      ...d,
      ...(Object.keys(accuracy).length > 0 ? { accuracy } : {}),
      version: 3 as const,
    })),
);
