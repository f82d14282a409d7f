/**
 * Embedding: the options an embed URL takes (theme, panels), the message an embedded calculator
 * sends its parent, and the snippet bloggers paste.
 */
import type { Lang } from "./i18n-text";
import { localPath } from "./paths";
import { serialiseScenario, type Scenario } from "./scenario";

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
export const DEFAULT_EMBED_HEIGHT = 760;

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

export function embedPath(lang: Lang): string {
  return localPath(lang, "/embed");
}

/** The iframe (and optional resize script) a blogger pastes; works without the script too. */
export function embedSnippet(origin: string, lang: Lang, scenario: Scenario, title: string, height = DEFAULT_EMBED_HEIGHT): string {
  const src = `${origin}${embedPath(lang)}?${serialiseScenario(scenario)}`;
  const escapedTitle = title.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return (
    `<iframe src="${src.replace(/&/g, "&amp;")}" title="${escapedTitle}" width="100%" height="${height}" ` +
    `style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>\n` +
    `<script async src="${origin}/embed.js"></script>`
  );
}
