/**
 * Metadata of the pages: titles and descriptions that state the scenario's verdict, canonical and
 * hreflang links, Open Graph, oEmbed discovery and JSON-LD. Every absolute URL starts with SITE_URL
 * (lib/env.ts), never with a request's Host.
 */
import type { Metadata, Viewport } from "next";
import { siteUrl } from "./env";
import { STRINGS } from "@/lib/i18n";
import { verdictSentences, verdictShort } from "@/lib/i18n/text";
import type { Lang } from "@/lib/i18n-text";
import { estimate } from "@/lib/model";
import { localPath } from "@/lib/paths";
import { oembedDiscoveryUrl, otherLang, pageHref, previewImageUrl, scenarioSearch } from "@/lib/links";
import { defaultScenario, type Scenario } from "@/lib/scenario";
import { verdictOf } from "@/lib/verdict";
import { PAGES_READ_V3 } from "@/lib/versions";

export const OG_LOCALE: Record<Lang, string> = { zh: "zh_CN", en: "en_US" };

/**
 * The query of a scenario's canonical URL: empty for the default scenario, so the canonical of the
 * plain page is the bare address the sitemap lists ("/", "/en"), and "?v=1&q=…" for any other.
 */
export function canonicalQuery(scenario: Scenario): string {
  return scenarioSearch({ scenario });
}

/** The preview image of a scenario: the permalink's own query plus the language. */
export function previewImagePath(lang: Lang, scenario: Scenario): string {
  return previewImageUrl("", lang, { scenario });
}

/** The oEmbed discovery link of a page with a calculator. */
export function oembedDiscovery(lang: Lang, path: "" | "/embed", scenario: Scenario) {
  return { "application/json+oembed": oembedDiscoveryUrl(siteUrl(), lang, path, { scenario }) };
}

/** The page background of each theme (Tailwind white and slate-950), for theme-color and the manifest. */
export const THEME_COLORS = { light: "#ffffff", dark: "#020617" } as const;

/** Every page's viewport: browser chrome in the theme's colour; both colour schemes supported. */
export const siteViewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: THEME_COLORS.light },
    { media: "(prefers-color-scheme: dark)", color: THEME_COLORS.dark },
  ],
  colorScheme: "light dark",
};

/** What every page's metadata shares: the base of its relative URLs. */
export function siteMetadata(lang: Lang): Metadata {
  return { metadataBase: new URL(siteUrl()), title: STRINGS[lang].siteName, description: STRINGS[lang].description };
}

/** The article pages (/, /en): the verdict of the URL's scenario as title and description. */
export function scenarioMeta(lang: Lang, scenario: Scenario, path: "" = "") {
  const t = STRINGS[lang];
  const e = estimate(scenario);
  const v = verdictOf(scenario, e);
  const title = `${verdictShort(t, v, scenario.horizonMonths, scenario)} · ${t.siteName}`;
  const description = verdictSentences(t, v, scenario.horizonMonths, scenario).join(" ");
  const image = { url: previewImagePath(lang, scenario), width: 1200, height: 630, alt: title };
  const canonical = pageHref(lang, path, { scenario });
  return {
    title,
    description,
    openGraph: {
      type: "website" as const,
      siteName: t.siteName,
      title,
      description,
      url: canonical,
      locale: OG_LOCALE[lang],
      alternateLocale: [OG_LOCALE[otherLang(lang)]],
      images: [image],
    },
    twitter: { card: "summary_large_image" as const, title, description, images: [image] },
    alternates: {
      canonical,
      languages: { "zh-CN": pageHref("zh", path, { scenario }), en: pageHref("en", path, { scenario }) },
      types: oembedDiscovery(lang, path, scenario),
    },
  };
}

/** The embed (/embed, /en/embed): not indexed, but previewable and discoverable by oEmbed. */
export function embedMeta(lang: Lang, scenario: Scenario): Metadata {
  const t = STRINGS[lang];
  const title = `${t.calculator.heading} · ${t.siteName}`;
  const image = { url: previewImagePath(lang, scenario), width: 1200, height: 630, alt: title };
  return {
    title,
    robots: { index: false },
    openGraph: {
      type: "website",
      siteName: t.siteName,
      title,
      url: pageHref(lang, "/embed", { scenario }),
      locale: OG_LOCALE[lang],
      alternateLocale: [OG_LOCALE[otherLang(lang)]],
      images: [image],
    },
    alternates: { types: oembedDiscovery(lang, "/embed", scenario) },
  };
}

/** The methodology page: canonical without a query (the scenario only changes its links). */
export function methodologyMeta(lang: Lang): Metadata {
  const t = STRINGS[lang];
  const title = `${t.methodology.title} · ${t.siteName}`;
  const canonical = localPath(lang, "/methodology");
  const image = { url: previewImagePath(lang, defaultScenario()), width: 1200, height: 630, alt: title };
  return {
    title,
    description: PAGES_READ_V3 ? t.methodology.descriptionV3 : t.methodology.description,
    openGraph: {
      type: "article",
      siteName: t.siteName,
      title,
      description: PAGES_READ_V3 ? t.methodology.descriptionV3 : t.methodology.description,
      url: canonical,
      locale: OG_LOCALE[lang],
      alternateLocale: [OG_LOCALE[otherLang(lang)]],
      images: [image],
    },
    twitter: { card: "summary_large_image", title, images: [image] },
    alternates: { canonical, languages: { "zh-CN": localPath("zh", "/methodology"), en: localPath("en", "/methodology") } },
  };
}

/** Every page the sitemap lists: exactly the canonical URLs of the plain pages, with their hreflang alternates. */
export function sitemapEntries() {
  return (["", "/methodology"] as const).flatMap((path) => {
    const languages = { "zh-CN": `${siteUrl()}${localPath("zh", path)}`, en: `${siteUrl()}${localPath("en", path)}` };
    return [
      { url: languages["zh-CN"], alternates: { languages }, changeFrequency: "monthly" as const, priority: path ? 0.5 : 1 },
      { url: languages.en, alternates: { languages }, changeFrequency: "monthly" as const, priority: path ? 0.4 : 0.9 },
    ];
  });
}

/**
 * JSON-LD of an article page: the Article (a rendition of ZIYU's article, which it is based on; the
 * two languages are translations of each other) and the calculator as a WebApplication.
 */
export function articleJsonLd(lang: Lang, source: { originalUrl: string; licenceUrl: string }) {
  const t = STRINGS[lang];
  const url = (l: Lang) => `${siteUrl()}${localPath(l, "")}`;
  const articleId = (l: Lang) => `${url(l)}#article`;
  const author = { "@type": "Person", name: "ZIYU" };
  const other = otherLang(lang);
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "Article",
        "@id": articleId(lang),
        headline: t.article.title,
        description: t.description,
        url: url(lang),
        inLanguage: t.htmlLang,
        author,
        license: source.licenceUrl,
        isBasedOn: { "@type": "Article", url: source.originalUrl, author, inLanguage: "zh-CN" },
        ...(lang === "en"
          ? { translationOfWork: { "@id": articleId(other), url: url(other) } }
          : { workTranslation: { "@id": articleId(other), url: url(other) } }),
        image: `${siteUrl()}${previewImagePath(lang, defaultScenario())}`,
      },
      {
        "@type": "WebApplication",
        "@id": `${url(lang)}#calculator`,
        name: `${t.calculator.heading} · ${t.siteName}`,
        url: url(lang),
        inLanguage: t.htmlLang,
        applicationCategory: "BusinessApplication",
        operatingSystem: "Any",
        browserRequirements: "Requires JavaScript",
        offers: { "@type": "Offer", price: "0", priceCurrency: "USD" },
        isAccessibleForFree: true,
      },
    ],
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped, so no text in it can close the script. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
