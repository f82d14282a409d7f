/**
 * Model versions, in one place. CURRENT_VERSION is what an unpinned link means and what pages
 * compute; LATEST_VERSION is the newest version the API answers (v=3 adds long context with prompt
 * caching and cost per correct answer). While the pages cannot show long context yet, a page reads
 * v=3 as an unknown version (a warning, then the current version), so no page states a verdict that
 * leaves long context out. PAGES_READ_V3 is the one switch that lets pages read v=3; see
 * docs/cost-model.md, "Releasing v3", for the order of the flip.
 */
export const CURRENT_VERSION = 2;
export const LATEST_VERSION = 3;
export type ModelVersion = 1 | 2 | 3;
/** The versions a parsed scenario can have: v1 links are upgraded to v2 on reading. */
export type ScenarioVersion = 2 | 3;

/** True since every page shows long context and cost per correct answer (issue 18, deliverable 2). */
export const PAGES_READ_V3: boolean = true;

/** The newest version pages accept in a link. */
export const PAGE_MAX_VERSION: ScenarioVersion = PAGES_READ_V3 ? LATEST_VERSION : CURRENT_VERSION;

/**
 * The newest released version: the one whose numbers are frozen, so an answer pinned to it may be
 * cached for good. Until the pages read v3, v3's answers are a preview and may still change.
 */
export const RELEASED_VERSION: ScenarioVersion = PAGE_MAX_VERSION;
