"use client";
/**
 * The page's one store: it holds the scenario and nothing else. Numbers are derived from it
 * (see useEstimate), the URL follows it, and it follows the URL on back/forward.
 */
import { createContext, useContext, useDeferredValue, useEffect, useRef, useState, type ReactNode } from "react";
import { createStore, useStore, type StoreApi } from "zustand";
import type { TaskKind } from "@/lib/accuracy";
import type { AssumptionKey } from "@/lib/assumptions";
import type { Derived } from "@/lib/engine";
import type { AnyApproach, Workload } from "@/lib/model";
import { PAGE_OPTION_PARAMS, type Currency } from "@/lib/params";
import type { Scenario, ScenarioWarning } from "@/lib/scenario";
import { engine, engineNow, loadEngine, type Engine } from "./engine";

export interface CalculatorState {
  scenario: Scenario;
  /** A scenario kept for comparison (travels in the URL as pin=…). */
  pinned: Scenario | null;
  /** Corrections made to the link the page was opened with (cleared when dismissed). */
  warnings: ScenarioWarning[];
  setWorkload: (patch: Partial<Workload>) => void;
  setAssumption: (key: AssumptionKey, value: number) => void;
  setCurrency: (currency: Currency, fxRate?: number) => void;
  /** v3: the task kind whose studies give the accuracies (null: none). */
  setTask: (task: TaskKind | null) => void;
  /** v3: an accuracy the reader typed, a share from 0 to 1 (undefined: not set). */
  setAccuracy: (approach: AnyApproach, share: number | undefined) => void;
  /** A discrete change (preset, reset): a new history entry, so Back returns to the old scenario. */
  replaceScenario: (scenario: Scenario, mode?: "push" | "replace") => void;
  dismissWarnings: () => void;
  pin: () => void;
  unpin: () => void;
}

type CalculatorStore = StoreApi<CalculatorState>;

/** How the next URL write should touch history. */
let nextHistoryMode: "push" | "replace" = "replace";

function makeStore(scenario: Scenario, pinned: Scenario | null, warnings: ScenarioWarning[]): CalculatorStore {
  return createStore<CalculatorState>()((set) => ({
    scenario,
    pinned,
    warnings,
    setWorkload: (patch) => set((s) => ({ scenario: { ...s.scenario, ...patch } })),
    setAssumption: (key, value) =>
      set((s) => ({ scenario: { ...s.scenario, assumptions: { ...s.scenario.assumptions, [key]: value } } })),
    setCurrency: (currency, fxRate) =>
      set((s) => ({ scenario: { ...s.scenario, currency, fxRate: fxRate ?? s.scenario.fxRate } })),
    setTask: (task) =>
      set((s) => {
        const scenario = { ...s.scenario };
        if (task) scenario.task = task;
        else delete scenario.task;
        return { scenario };
      }),
    setAccuracy: (approach, share) =>
      set((s) => {
        const accuracy = { ...s.scenario.accuracy };
        if (share === undefined) delete accuracy[approach];
        else accuracy[approach] = share;
        const scenario: Scenario = { ...s.scenario, accuracy };
        if (Object.keys(accuracy).length === 0) delete scenario.accuracy;
        return { scenario };
      }),
    replaceScenario: (next, mode = "push") => {
      nextHistoryMode = mode;
      set({ scenario: next });
    },
    dismissWarnings: () => set({ warnings: [] }),
    pin: () => {
      nextHistoryMode = "push";
      set((s) => ({ pinned: s.scenario }));
    },
    unpin: () => {
      nextHistoryMode = "push";
      set({ pinned: null });
    },
  }));
}

const StoreContext = createContext<CalculatorStore | null>(null);

/** Debounce for URL writes while a slider is dragged (browsers throttle history calls). */
const URL_WRITE_DELAY_MS = 120;

export function CalculatorProvider({
  initialScenario,
  initialPinned = null,
  warnings,
  children,
}: {
  initialScenario: Scenario;
  initialPinned?: Scenario | null;
  warnings: ScenarioWarning[];
  children: ReactNode;
}) {
  const [store] = useState(() => makeStore(initialScenario, initialPinned, warnings));
  const lastWritten = useRef<string | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The URL is written with the codec, which arrives after the page is interactive: a change made
    // before then is written once it is here (the latest state then, so nothing is lost).
    const write = (scenario: Scenario, pinned: Scenario | null) => {
      const e = engineNow();
      if (!e) {
        const mode = nextHistoryMode;
        void loadEngine().then(() => {
          const latest = store.getState();
          nextHistoryMode = mode;
          write(latest.scenario, latest.pinned);
        });
        return;
      }
      writeWith(e, scenario, pinned);
    };
    const writeWith = (e: Engine, scenario: Scenario, pinned: Scenario | null) => {
      const query = e.serialiseScenario(scenario, pinned);
      if (query === lastWritten.current) return;
      const url = new URL(window.location.href);
      const kept = [...url.searchParams].filter(([k]) => PAGE_OPTION_PARAMS.includes(k));
      const params = new URLSearchParams(query);
      for (const [k, v] of kept) params.set(k, v);
      const href = `${url.pathname}?${params.toString()}${url.hash}`;
      if (nextHistoryMode === "push") window.history.pushState(null, "", href);
      else window.history.replaceState(null, "", href);
      nextHistoryMode = "replace";
      lastWritten.current = query;
    };
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.scenario === prev.scenario && state.pinned === prev.pinned) return;
      clearTimeout(timer);
      if (nextHistoryMode === "push") write(state.scenario, state.pinned);
      else timer = setTimeout(() => write(state.scenario, state.pinned), URL_WRITE_DELAY_MS);
    });
    const onPopState = () => {
      clearTimeout(timer);
      const search = window.location.search;
      void loadEngine().then((e) => {
        if (window.location.search !== search) return;
        const { scenario, pinned } = e.parseScenario(search);
        lastWritten.current = e.serialiseScenario(scenario, pinned);
        store.setState({ scenario, pinned });
      });
    };
    window.addEventListener("popstate", onPopState);
    // What the reader did before the code arrived, taken up by the controls' own effects (which run
    // before this one): the URL follows it too.
    const { scenario, pinned } = store.getState();
    if (scenario !== initialScenario || pinned !== initialPinned) write(scenario, pinned);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener("popstate", onPopState);
    };
    // The initial scenario is the store's starting point, read once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** Stands in for the store on pages without a calculator (methodology): it holds nothing. */
const NO_STORE = createStore<{ scenario: null; pinned: null }>()(() => ({ scenario: null, pinned: null }));

/**
 * The store's scenario and pinned scenario when the page has a calculator, else `fallback` (the
 * scenario the server parsed from the URL). For links that must follow every edit.
 */
export function useScenarioPairOr(fallback: { scenario: Scenario; pinned?: Scenario | null }): {
  scenario: Scenario;
  pinned: Scenario | null;
} {
  const store = useContext(StoreContext) ?? NO_STORE;
  const scenario = useStore(store as StoreApi<{ scenario: Scenario | null; pinned: Scenario | null }>, (s) => s.scenario);
  const pinned = useStore(store as StoreApi<{ scenario: Scenario | null; pinned: Scenario | null }>, (s) => s.pinned);
  return scenario ? { scenario, pinned } : { scenario: fallback.scenario, pinned: fallback.pinned ?? null };
}

export function useCalculator<T>(selector: (s: CalculatorState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useCalculator must be used inside <CalculatorProvider>");
  return useStore(store, selector);
}

/**
 * A function of a scenario, computed once per scenario object: the store replaces the scenario on
 * every change, so identity is the cache key and old entries go with their scenarios.
 */
export function memoByScenario<T>(compute: (s: Scenario) => T): (s: Scenario) => T {
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

/**
 * What a scenario implies for every view: its estimate and verdict (the rest: more-derived.ts).
 * Called only where the engine is here: on the server, in islands and in lazy panels.
 */
export const derive = memoByScenario<Derived>((scenario) => engine().deriveScenario(scenario));

/**
 * v3: whether the reader set an accuracy or a task kind, so cost per correct answer is shown (its
 * code loads only then: per-correct.ts). A parsed scenario holds only known task kinds.
 */
export const accuracySet = (s: Scenario) =>
  s.version >= 3 && (s.task != null || Object.values(s.accuracy ?? {}).some((v) => v !== undefined));

export function useScenario(): Scenario {
  return useCalculator((s) => s.scenario);
}

export function useDerived() {
  return derive(useScenario());
}

/**
 * The scenario for heavy figures (charts, map, tornado): React renders them after the slider, the
 * verdict and the table have painted, and skips stale renders while a slider is dragged.
 */
export function useDeferredScenario(): Scenario {
  return useDeferredValue(useScenario());
}
