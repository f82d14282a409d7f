/**
 * Embedding: the options an embed URL takes (theme, panels) and the message an embedded calculator
 * sends its parent, and its height (for oEmbed and the snippet). Its URLs and the snippet bloggers
 * paste are built in lib/links.ts.
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

/**
 * Light unless the URL asks otherwise: an embed lives in someone else's page, and most blogs are
 * light whatever the reader's system says. `theme=auto` follows the reader's system, `theme=dark` is dark.
 */
export function parseTheme(raw: string | undefined): EmbedTheme {
  return raw === "dark" || raw === "auto" ? raw : "light";
}

/**
 * The embed's height, fitted to Chromium measurements of the real embed (English, the taller
 * language, current prices) alone per panel at 320 and 720 px wide: a frame (padding, the title line
 * and the source line, which wraps when narrow), each panel's height interpolated linearly in the
 * width, 12 px between them. Above 720 px the verdict and the chart sit side by side, so the height
 * only shrinks: the 720 px figure is a safe bound there.
 */
const PANEL_HEIGHT: Record<Panel, readonly [at320: number, at720: number]> = {
  controls: [466, 260],
  presets: [194, 80],
  pricing: [292, 164],
  verdict: [338, 181],
  table: [240, 188],
  chart: [334, 334],
  map: [557, 469],
  sensitivity: [638, 462],
  compare: [124, 80],
  breakdown: [262, 230],
  latency: [404, 264],
  assumptions: [94, 62],
  share: [124, 86],
};
const FRAME_HEIGHT = [133, 97] as const;
/** The notice under the verdict when a link's prices are retired (an old link). */
const RETIRED_NOTICE_HEIGHT = [302, 170] as const;
const PANEL_GAP = 12;

export function embedHeight(panels: readonly Panel[], width: number, { retiredPrices = false } = {}): number {
  const t = (Math.min(720, Math.max(320, width)) - 320) / 400;
  const at = ([narrow, wide]: readonly [number, number]) => narrow + (wide - narrow) * t;
  const shown = panels.filter((p) => PANEL_HEIGHT[p][1] > 0);
  const sum = shown.reduce((h, p) => h + at(PANEL_HEIGHT[p]), 0);
  const notice = retiredPrices && panels.includes("verdict") ? at(RETIRED_NOTICE_HEIGHT) : 0;
  return Math.round(at(FRAME_HEIGHT) + sum + notice + PANEL_GAP * Math.max(0, shown.length - 1));
}
