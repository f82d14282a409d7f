/** Title and description of a calculator page that state its scenario's verdict. */
import { STRINGS } from "./i18n";
import type { Lang } from "./i18n-text";
import { estimate } from "./model";
import type { Scenario } from "./scenario";
import { verdictOf } from "./verdict";

export function scenarioMeta(lang: Lang, scenario: Scenario) {
  const t = STRINGS[lang];
  const e = estimate(scenario);
  const v = verdictOf(scenario, e);
  return {
    title: `${t.verdict.short(v, scenario.horizonMonths, scenario)} · ${t.siteName}`,
    description: t.verdict.sentences(v, scenario.horizonMonths, scenario).join(" "),
  };
}
