/** The approaches the model compares, apart from the model itself (pages list them without loading it). */

/** The three approaches every model version has (pages, charts and maps iterate these). */
export type Approach = "rag" | "ft" | "hybrid";
export const APPROACHES: readonly Approach[] = ["rag", "ft", "hybrid"];
/** Model v3 adds long context with prompt caching ("lc"), present only where the base fits the window. */
export type AnyApproach = Approach | "lc";
export const ALL_APPROACHES: readonly AnyApproach[] = [...APPROACHES, "lc"];
