"use client";
/**
 * The heavier things derived from a scenario, each computed once per scenario object: the
 * uncertainty bands, the tornado and the cheaper map. Only the panels that show them import this,
 * so pages without them (a default embed) do not ship the code.
 */
import { cheaperMap, type CheaperMap } from "@/lib/cheaper-map";
import { tornado, uncertainty, type TornadoBar, type Uncertainty } from "@/lib/uncertainty";
import { derive, memoByScenario, useDeferredScenario, useScenario } from "./store";

export const uncertaintyOf = memoByScenario<Uncertainty>((s) => uncertainty(s, derive(s).estimate));
export const tornadoOf = memoByScenario<TornadoBar[]>((s) => tornado(s));
export const mapOf = memoByScenario<CheaperMap>((s) => cheaperMap(s));

export const useUncertainty = () => uncertaintyOf(useScenario());
export const useTornado = () => tornadoOf(useDeferredScenario());
export const useCheaperMap = () => mapOf(useDeferredScenario());
