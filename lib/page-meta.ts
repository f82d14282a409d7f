/** Metadata of the calculator pages: a title and description that state the scenario's verdict, hreflang alternates. */
import { STRINGS } from "./i18n";
import type { Lang } from "./i18n-text";
import { estimate } from "./model";
import { localPath } from "./paths";
import { serialiseScenario, type Scenario } from "./scenario";
import { verdictOf } from "./verdict";

export const SITE_URL = process.env.SITE_URL ?? "http://localhost:3000";


/** The preview image of a scenario: the permalink's own query plus the language. */
export function previewImagePath(lang: Lang, scenario: Scenario): string {
  return `/api/og?${serialiseScenario(scenario)}&lang=${lang}`;
}

/** The oEmbed discovery link of a page with a calculator. */
export function oembedDiscovery(lang: Lang, path: "" | `/${string}`, scenario: Scenario) {
  const page = `${SITE_URL}${localPath(lang, path)}?${serialiseScenario(scenario)}`;
  return { "application/json+oembed": `/api/oembed?format=json&url=${encodeURIComponent(page)}` };
}

export function scenarioMeta(lang: Lang, scenario: Scenario, path: "" | `/${string}` = "") {
  const t = STRINGS[lang];
  const e = estimate(scenario);
  const v = verdictOf(scenario, e);
  const query = `?${serialiseScenario(scenario)}`;
  const title = `${t.verdict.short(v, scenario.horizonMonths, scenario)} · ${t.siteName}`;
  const description = t.verdict.sentences(v, scenario.horizonMonths, scenario).join(" ");
  const image = { url: previewImagePath(lang, scenario), width: 1200, height: 630, alt: title };
  return {
    title,
    description,
    openGraph: {
      type: "website" as const,
      siteName: t.siteName,
      title,
      description,
      url: `${localPath(lang, path)}${query}`,
      locale: lang === "zh" ? "zh_CN" : "en_US",
      images: [image],
    },
    twitter: { card: "summary_large_image" as const, title, description, images: [image] },
    alternates: {
      canonical: `${localPath(lang, path)}${query}`,
      languages: { "zh-CN": `${localPath("zh", path)}${query}`, en: `${localPath("en", path)}${query}` },
      types: oembedDiscovery(lang, path, scenario),
    },
  };
}
