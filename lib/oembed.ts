/**
 * oEmbed (https://oembed.com), type "rich", for our pages with a calculator: paste a permalink into
 * an oEmbed-aware platform and it embeds the calculator with that scenario.
 */
import { STRINGS } from "./i18n";
import type { Lang } from "./i18n-text";
import { embedPath } from "./embed";
import { parseNumber, parseScenario, serialiseScenario } from "./scenario";
import { estimate } from "./model";
import { verdictOf } from "./verdict";

export const OEMBED_DEFAULT = { width: 720, height: 760 } as const;
/** Our pages that hold a calculator, and their language. */
const EMBEDDABLE: Record<string, Lang> = { "/": "zh", "/embed": "zh", "/en": "en", "/en/embed": "en" };

export interface OembedResult {
  status: 200 | 400 | 404 | 501;
  body: Record<string, unknown>;
}

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function positive(raw: string | null): number | null {
  if (raw === null) return null;
  const n = Math.floor(parseNumber(raw));
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** `ourOrigins`: the origins that count as ours (the request's own and the configured site URL). */
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
  const height = Math.min(OEMBED_DEFAULT.height, maxheight ?? Infinity);
  const t = STRINGS[lang];
  const e = estimate(scenario);
  const title = `${t.verdict.short(verdictOf(scenario, e), scenario.horizonMonths, scenario)} · ${t.siteName}`;
  const query = serialiseScenario(scenario);
  const origin = url.origin;
  const src = `${origin}${embedPath(lang)}?${query}`;
  const html =
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="${width}" height="${height}" ` +
    `style="border:0;max-width:100%" loading="lazy"></iframe>` +
    `<script async src="${escapeAttr(origin)}/embed.js"></script>`;
  const body: Record<string, unknown> = {
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
    Object.assign(body, { thumbnail_url: `${origin}/api/og?${query}&lang=${lang}`, thumbnail_width: 1200, thumbnail_height: 630 });
  }
  return { status: 200, body };
}
