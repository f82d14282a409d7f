/**
 * Model versions, in one place. CURRENT_VERSION is what an unpinned link means and what pages
 * compute; LATEST_VERSION is the newest version the API answers. v3 (long context with prompt
 * caching, cost per correct answer, December 2026's price sets) was released on 2026-12-02: pages
 * read v=3 (PAGES_READ_V3), and an unpinned link means v3 (CURRENT_VERSION = 3), v1 and v2 links
 * being migrated to it with the sets they used. See docs/cost-model.md, "Releasing v3".
 */
export const CURRENT_VERSION = 3;
export const LATEST_VERSION = 3;
export type ModelVersion = 1 | 2 | 3;
/** The versions a scenario can have. No link is read as v2 since v3's release (v1 and v2 links are migrated to v3). */
export type ScenarioVersion = 2 | 3;

/** True since every page shows long context and cost per correct answer (issue 18, deliverable 2). */
export const PAGES_READ_V3: boolean = true;

/** The newest version pages accept in a link. */
export const PAGE_MAX_VERSION: ScenarioVersion = PAGES_READ_V3 ? LATEST_VERSION : CURRENT_VERSION;

/**
 * The newest released version: the one whose numbers are frozen, so an answer pinned to it may be
 * cached for good.
 */
export const RELEASED_VERSION: ScenarioVersion = PAGE_MAX_VERSION;
