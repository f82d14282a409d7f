/**
 * What the browser loads after the page has become interactive: the model, the verdict and the
 * scenario codec (with the price sets they read). The page's first-load code (the controls and
 * the store) holds none of it; the parts of the page that show numbers load it before they hydrate
 * (components/calculator/engine.ts). Pure.
 */
import { estimate, type Estimate } from "./model";
import type { Scenario } from "./scenario";
import { verdictOf, type Verdict } from "./verdict";

export { parseScenario, serialiseScenario } from "./scenario";

/** What every view needs from a scenario: its estimate and verdict. */
export interface Derived {
  estimate: Estimate;
  verdict: Verdict;
}

export function deriveScenario(scenario: Scenario): Derived {
  const e = estimate(scenario);
  return { estimate: e, verdict: verdictOf(scenario, e) };
}
