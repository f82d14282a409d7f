/**
 * The one scenario surface: every URL that carries a scenario is built here, from a scenario (and
 * the pinned one, if any). The server (metadata, oEmbed, the route factory) and the client (links
 * read from the store) call the same functions, so a link always says what the page shows, and the
 * server-rendered href equals the first client render.
 *
 * Two forms of a scenario's query:
 *  - `scenarioQuery`: always versioned ("v=3&q=…"), for anything that leaves the site (the copied
 *    permalink, the embed, the preview image, oEmbed): it must mean the same numbers years later.
 *  - `scenarioSearch`: empty for the default scenario with nothing pinned, for links between our own
 *    pages (so the plain page links to the plain pages the sitemap lists), "?v=3&q=…" otherwise.
 */
import { DEFAULT_EMBED_PANELS, embedHeight, type EmbedTheme, type Panel } from "./embed";
import type { Lang } from "./i18n-text";
import { localPath } from "./paths";
import { defaultScenario, serialiseScenario, type Scenario } from "./scenario";

/** The pages of each language that show (or link back to) a scenario. */
export type SitePage = "" | "/methodology" | "/embed";

/** A scenario and the one pinned beside it for comparison. */
export interface ScenarioPair {
  scenario: Scenario;
  pinned?: Scenario | null;
}

/** Options of the page showing a scenario (the embed's); written only when given. */
export interface PageOptions {
  theme?: EmbedTheme;
  panels?: readonly Panel[];
}

export const otherLang = (lang: Lang): Lang => (lang === "zh" ? "en" : "zh");

/** The versioned query of a scenario (no "?"), with the pinned one when there is one. */
export function scenarioQuery({ scenario, pinned = null }: ScenarioPair): string {
  return serialiseScenario(scenario, pinned);
}

let defaultQuery: string | undefined;

/** "" for the default scenario with nothing pinned, else "?" + its query: for links between our pages. */
export function scenarioSearch(pair: ScenarioPair): string {
  defaultQuery ??= serialiseScenario(defaultScenario());
  const query = scenarioQuery(pair);
  return query === defaultQuery ? "" : `?${query}`;
}

function withOptions(query: string, options: PageOptions = {}): string {
  const params = new URLSearchParams(query);
  if (options.panels) params.set("panels", options.panels.join(","));
  if (options.theme) params.set("theme", options.theme);
  return params.toString();
}

/** A page of ours in a language, showing (or linking back to) the scenario; `hash` without "#". */
export function pageHref(lang: Lang, page: SitePage, pair: ScenarioPair, hash = ""): string {
  return `${localPath(lang, page)}${scenarioSearch(pair)}${hash ? `#${hash}` : ""}`;
}

/** The same page in the other language, same scenario, same section. */
export function languageSwitchHref(lang: Lang, page: SitePage, pair: ScenarioPair, hash = ""): string {
  return pageHref(otherLang(lang), page, pair, hash);
}

export const methodologyHref = (lang: Lang, pair: ScenarioPair) => pageHref(lang, "/methodology", pair);

/** The permalink to share: the article page with the scenario, versioned, and the pinned one. */
export function permalink(origin: string, lang: Lang, pair: ScenarioPair): string {
  return `${origin}${localPath(lang, "")}?${scenarioQuery(pair)}`;
}

/** The full explainer the embed links back to (relative to the embed's own origin). */
export const fullExplainerHref = (lang: Lang, pair: ScenarioPair) => permalink("", lang, pair);

/** The embed of a scenario; theme and panels only when they are given. */
export function embedUrl(origin: string, lang: Lang, pair: ScenarioPair, options: PageOptions = {}): string {
  return `${origin}${localPath(lang, "/embed")}?${withOptions(scenarioQuery(pair), options)}`;
}

/** The 1200×630 preview image of a scenario (the pinned one is not drawn). */
export function previewImageUrl(origin: string, lang: Lang, { scenario }: ScenarioPair): string {
  const params = new URLSearchParams(scenarioQuery({ scenario }));
  params.set("lang", lang);
  return `${origin}/api/og?${params.toString()}`;
}

/** The oEmbed endpoint for one of our page URLs (discovery links). */
export function oembedUrl(origin: string, pageUrl: string): string {
  return `${origin}/api/oembed?format=json&url=${encodeURIComponent(pageUrl)}`;
}

/** The oEmbed discovery URL of a page with a calculator, for the scenario it shows. */
export function oembedDiscoveryUrl(origin: string, lang: Lang, page: "" | "/embed", pair: ScenarioPair): string {
  return oembedUrl(origin, `${origin}${localPath(lang, page)}?${scenarioQuery({ scenario: pair.scenario })}`);
}

/** Text for an HTML attribute value in double quotes. */
export const escapeAttr = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The iframe (and the optional resize script) a blogger pastes; works without the script too. Its
 * height, unless given, is the embed's own at 720 px, a blog column's usual width.
 */
export function embedSnippet(
  origin: string,
  lang: Lang,
  pair: ScenarioPair,
  title: string,
  { height, width = "100%", ...options }: PageOptions & { height?: number; width?: number | "100%" } = {},
): string {
  height ??= embedHeight(options.panels ?? DEFAULT_EMBED_PANELS, 720);
  const src = embedUrl(origin, lang, pair, options);
  const style = width === "100%" ? "border:0;width:100%;max-width:100%" : "border:0;max-width:100%";
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="${width}" height="${height}" ` +
    `style="${style}" loading="lazy"></iframe>` +
    `${width === "100%" ? "\n" : ""}<script async src="${escapeAttr(origin)}/embed.js"></script>`
  );
}

/** The links our own pages show, by kind: what `useScenarioHref` (components/) renders from the store. */
export type ScenarioLinkKind = "home" | "methodology" | "otherLanguage" | "fullExplainer";

/**
 * A link of a kind, for a page (`page`: where the link is shown, for the language switch) and the
 * section the reader is in (`hash`, language switch only).
 */
export function scenarioHref(
  kind: ScenarioLinkKind,
  lang: Lang,
  pair: ScenarioPair,
  { page = "", hash = "" }: { page?: SitePage; hash?: string } = {},
): string {
  switch (kind) {
    case "home":
      return pageHref(lang, "", pair);
    case "methodology":
      return methodologyHref(lang, pair);
    case "otherLanguage":
      return languageSwitchHref(lang, page, pair, hash);
    case "fullExplainer":
      return fullExplainerHref(lang, pair);
  }
}
