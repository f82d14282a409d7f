"use client";
/**
 * The heavier things derived from a scenario, each computed once per scenario object: the
 * uncertainty bands, the tornado and the cheaper map. Only the panels that show them import this,
 * so pages without them (a default embed) do not ship the code.
 */
import { cheaperMap, type CheaperMap } from "@/lib/cheaper-map";
import type { Scenario } from "@/lib/scenario";
import { tornado, uncertainty, type TornadoBar, type Uncertainty } from "@/lib/uncertainty";
import { derive, useDeferredScenario, useScenario } from "./store";

function memo<T>(compute: (s: Scenario) => T): (s: Scenario) => T {
  const cache = new WeakMap<Scenario, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = compute(s);
      cache.set(s, v);
    }
    return v;
  };
}

export const uncertaintyOf = memo<Uncertainty>((s) => uncertainty(s, derive(s).estimate));
export const tornadoOf = memo<TornadoBar[]>((s) => tornado(s));
export const mapOf = memo<CheaperMap>((s) => cheaperMap(s));

export const useUncertainty = () => uncertaintyOf(useScenario());
export const useTornado = () => tornadoOf(useDeferredScenario());
export const useCheaperMap = () => mapOf(useDeferredScenario());
