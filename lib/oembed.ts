/**
 * oEmbed (https://oembed.com), type "rich", for our pages with a calculator: paste a permalink into
 * an oEmbed-aware platform and it embeds the calculator with that scenario.
 */
import { STRINGS } from "./i18n";
import type { Lang } from "./i18n-text";
import type { OembedResponse } from "./api-schema";
import { parsePanels, parseTheme, type Panel } from "./embed";
import { embedSnippet, previewImageUrl, type PageOptions } from "./links";
import { parseNumber, parseScenario } from "./scenario";
import { estimate } from "./model";
import { verdictOf } from "./verdict";

export const OEMBED_DEFAULT = { width: 720 } as const;

/**
 * The embed's height, fitted to Chromium measurements of the real embed (English, the taller
 * language) alone per panel at 320 and 720 px wide: a frame of 72 px (padding and the "open in full"
 * link), each panel's height interpolated linearly in the width, 16 px between panels.
 */
const PANEL_HEIGHT: Record<Panel, readonly [at320: number, at720: number]> = {
  controls: [414, 394],
  presets: [0, 0],
  pricing: [0, 0],
  verdict: [298, 157],
  table: [240, 188],
  chart: [390, 374],
  map: [557, 469],
  sensitivity: [320, 288],
  compare: [124, 80],
  breakdown: [296, 264],
  latency: [388, 244],
  assumptions: [114, 82],
  share: [124, 86],
};
const FRAME_HEIGHT = 72;
const PANEL_GAP = 16;

export function embedHeight(panels: readonly Panel[], width: number): number {
  const t = (Math.min(720, Math.max(320, width)) - 320) / 400;
  const shown = panels.filter((p) => PANEL_HEIGHT[p][1] > 0);
  const sum = shown.reduce((h, p) => h + PANEL_HEIGHT[p][0] + (PANEL_HEIGHT[p][1] - PANEL_HEIGHT[p][0]) * t, 0);
  return Math.round(FRAME_HEIGHT + sum + PANEL_GAP * Math.max(0, shown.length - 1));
}
/** Our pages that hold a calculator, and their language. */
const EMBEDDABLE: Record<string, Lang> = { "/": "zh", "/embed": "zh", "/en": "en", "/en/embed": "en" };

export interface OembedResult {
  status: 200 | 400 | 404 | 501;
  /** An OembedResponse (200) or an ApiError. */
  body: Record<string, unknown>;
}

function positive(raw: string | null): number | null {
  if (raw === null) return null;
  const n = Math.floor(parseNumber(raw));
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** `ourOrigins`: the origins that count as ours (SITE_URL's). `providerUrl`: the site's home page. */
export function oembed(params: URLSearchParams, ourOrigins: readonly string[], providerUrl: string): OembedResult {
  const format = (params.get("format") ?? "json").toLowerCase();
  if (format === "xml") return { status: 501, body: { error: "not-implemented", message: "Only format=json is supported." } };
  if (format !== "json") return { status: 400, body: { error: "bad-format", message: "format must be json." } };
  const raw = params.get("url");
  if (!raw) return { status: 400, body: { error: "missing-url", message: "The url parameter is required." } };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { status: 404, body: { error: "not-ours", message: "Not a URL of this site." } };
  }
  const path = url.pathname.replace(/\/+$/, "") || "/";
  const lang = EMBEDDABLE[path];
  if (!ourOrigins.includes(url.origin) || !lang || url.username || url.password) {
    return { status: 404, body: { error: "not-ours", message: "Not a page of this site with a calculator." } };
  }
  const { scenario } = parseScenario(url.search);
  const maxwidth = positive(params.get("maxwidth"));
  const maxheight = positive(params.get("maxheight"));
  const width = Math.min(OEMBED_DEFAULT.width, maxwidth ?? Infinity);
  // The page's own embed options (panels, theme) carry over to the iframe and decide its height.
  const panelsParam = url.searchParams.get("panels") ?? undefined;
  const themeParam = url.searchParams.get("theme") ?? undefined;
  const panels = parsePanels(panelsParam);
  const height = Math.min(embedHeight(panels, width), maxheight ?? Infinity);
  const t = STRINGS[lang];
  const e = estimate(scenario);
  const title = `${t.verdict.short(verdictOf(scenario, e), scenario.horizonMonths, scenario)} · ${t.siteName}`;
  const options: PageOptions = {};
  if (panelsParam !== undefined) options.panels = panels;
  if (themeParam !== undefined && parseTheme(themeParam) !== "auto") options.theme = parseTheme(themeParam);
  const origin = url.origin;
  const html = embedSnippet(origin, lang, { scenario }, title, { ...options, width, height });
  const body: OembedResponse = {
    version: "1.0",
    type: "rich",
    title,
    provider_name: t.siteName,
    provider_url: providerUrl,
    html,
    width,
    height,
    cache_age: 86400,
  };
  if ((maxwidth ?? Infinity) >= 1200 && (maxheight ?? Infinity) >= 630) {
    Object.assign(body, { thumbnail_url: previewImageUrl(origin, lang, { scenario }), thumbnail_width: 1200, thumbnail_height: 630 });
  }
  return { status: 200, body };
}
