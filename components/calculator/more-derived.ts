"use client";
/**
 * The heavier things derived from a scenario, each computed once per scenario object: the
 * uncertainty bands, the tornado and the cheaper map. Only the panels that show them import this,
 * so pages without them (a default embed) do not ship the code.
 */
import { cheaperMap, cheaperMapV3, corpusMapV3, type CheaperMapV3, type CorpusMap } from "@/lib/cheaper-map";
import { tornado, uncertainty, type TornadoBar, type Uncertainty } from "@/lib/uncertainty";
import { derive, memoByScenario, useDeferredScenario, useScenario } from "./store";

export const uncertaintyOf = memoByScenario<Uncertainty>((s) => uncertainty(s, derive(s).estimate));
export const tornadoOf = memoByScenario<TornadoBar[]>((s) => tornado(s));
// v3: the cheapest among every approach that exists (long context where it fits), and the map over base size.
export const mapOf = memoByScenario<CheaperMapV3>((s) => (s.version >= 3 ? cheaperMapV3(s) : cheaperMap(s)));
export const corpusMapOf = memoByScenario<CorpusMap | null>((s) => (s.version >= 3 ? corpusMapV3(s) : null));

export const useUncertainty = () => uncertaintyOf(useScenario());
export const useTornado = () => tornadoOf(useDeferredScenario());
export const useCheaperMap = () => mapOf(useDeferredScenario());
export const useCorpusMap = () => corpusMapOf(useDeferredScenario());
