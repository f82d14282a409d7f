/**
 * oEmbed (https://oembed.com), type "rich", for our pages with a calculator: paste a permalink into
 * an oEmbed-aware platform and it embeds the calculator with that scenario.
 */
import { STRINGS } from "./i18n";
import { verdictShort } from "./i18n/text";
import type { Lang } from "./i18n-text";
import type { OembedResponse } from "./api-schema";
import { embedHeight, parsePanels, parseTheme } from "./embed";
import { embedSnippet, previewImageUrl, type PageOptions } from "./links";
import { priceSet } from "./price-sets";
import { parseNumber, parseScenario } from "./scenario";
import { estimate } from "./model";
import { verdictOf } from "./verdict";

export const OEMBED_DEFAULT = { width: 720 } as const;

export { embedHeight } from "./embed";

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
  // The panels the URL asks for decide the height.
  const panelsParam = url.searchParams.get("panels") ?? undefined;
  const themeParam = url.searchParams.get("theme") ?? undefined;
  const panels = parsePanels(panelsParam);
  const retiredPrices = priceSet(scenario.pricing)?.status === "retired";
  const height = Math.min(embedHeight(panels, width, { retiredPrices }), maxheight ?? Infinity);
  const t = STRINGS[lang];
  const e = estimate(scenario);
  const title = `${verdictShort(t, verdictOf(scenario, e), scenario.horizonMonths, scenario)} · ${t.siteName}`;
  // The page's own embed options carry over to the iframe: panels when given, a theme when one is asked for.
  const options: PageOptions = {};
  if (panelsParam !== undefined) options.panels = panels;
  if (themeParam !== undefined && parseTheme(themeParam) !== "light") options.theme = parseTheme(themeParam);
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
    Object.assign(body, {
      thumbnail_url: previewImageUrl(origin, lang, { scenario }),
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  }
  return { status: 200, body };
}
