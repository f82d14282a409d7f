/**
 * Embedding: the options an embed URL takes (theme, panels) and the message an embedded calculator
 * sends its parent. Its URLs and the snippet bloggers paste are built in lib/links.ts.
 */

export const PANELS = [
  "controls",
  "presets",
  "pricing",
  "verdict",
  "table",
  "chart",
  "map",
  "sensitivity",
  "compare",
  "breakdown",
  "latency",
  "assumptions",
  "share",
] as const;
export type Panel = (typeof PANELS)[number];
export const DEFAULT_EMBED_PANELS: readonly Panel[] = ["controls", "verdict", "table", "chart"];

export type EmbedTheme = "light" | "dark" | "auto";

/** Namespaced so that a page with other iframes can tell our messages apart. */
export const HEIGHT_MESSAGE = "rag-or-ft:height";

export function parsePanels(raw: string | undefined): Panel[] {
  if (!raw) return [...DEFAULT_EMBED_PANELS];
  const chosen = raw
    .split(",")
    .map((p) => p.trim().toLowerCase())
    .filter((p): p is Panel => (PANELS as readonly string[]).includes(p));
  return chosen.length ? [...new Set(chosen)] : [...DEFAULT_EMBED_PANELS];
}

export function parseTheme(raw: string | undefined): EmbedTheme {
  return raw === "light" || raw === "dark" ? raw : "auto";
}
