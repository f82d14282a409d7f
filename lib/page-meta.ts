/** Metadata of the calculator pages: a title and description that state the scenario's verdict, hreflang alternates. */
import { STRINGS } from "./i18n";
import type { Lang } from "./i18n-text";
import { estimate } from "./model";
import { serialiseScenario, type Scenario } from "./scenario";
import { verdictOf } from "./verdict";

export const SITE_URL = process.env.SITE_URL ?? "http://localhost:3000";

const PREFIX: Record<Lang, string> = { zh: "", en: "/en" };

/** The page path of a route in a language: ("zh", "/methodology") → "/methodology", ("en", "") → "/en". */
export function localPath(lang: Lang, path: string): string {
  return `${PREFIX[lang]}${path}` || "/";
}

export function scenarioMeta(lang: Lang, scenario: Scenario, path = "") {
  const t = STRINGS[lang];
  const e = estimate(scenario);
  const v = verdictOf(scenario, e);
  const query = `?${serialiseScenario(scenario)}`;
  return {
    title: `${t.verdict.short(v, scenario.horizonMonths, scenario)} · ${t.siteName}`,
    description: t.verdict.sentences(v, scenario.horizonMonths, scenario).join(" "),
    alternates: {
      canonical: `${localPath(lang, path)}${query}`,
      languages: { "zh-CN": `${localPath("zh", path)}${query}`, en: `${localPath("en", path)}${query}` },
    },
  };
}
