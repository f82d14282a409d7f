/**
 * The engine (lib/engine.ts: model, verdict, codec) on the page. The server has it at once, so it
 * renders every number in full; the browser loads it as a chunk of its own once the page is
 * interactive, and the parts that show numbers (islands.tsx) wait for it before they hydrate.
 *
 * `typeof window` is fixed by Next at build time ("undefined" on the server, "object" in the
 * browser), so the `require` below is not part of the browser's bundle.
 */
import type * as EngineModule from "@/lib/engine";

export type Engine = typeof EngineModule;

let loaded: Engine | null =
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  typeof window === "undefined" ? (require("@/lib/engine") as Engine) : null;
let pending: Promise<Engine> | null = null;

/** The engine if it is here (always on the server), else null. */
export const engineNow = (): Engine | null => loaded;

/** The engine, loaded once. */
export function loadEngine(): Promise<Engine> {
  if (loaded) return Promise.resolve(loaded);
  pending ??= import("@/lib/engine").then((m) => (loaded = m));
  return pending;
}

/** The engine where code runs only once it is here (islands, lazy panels, the server). */
export function engine(): Engine {
  if (!loaded) throw new Error("the engine is not loaded yet");
  return loaded;
}

/** A loader for React.lazy whose component computes as it renders: it resolves once the engine is here too. */
export const withEngine =
  <T>(load: () => Promise<T>) =>
  (): Promise<T> =>
    Promise.all([load(), loadEngine()]).then(([loaded]) => loaded);
