"use client";
import { useScenarioPairOr } from "@/components/calculator/store";
import type { Lang } from "@/lib/i18n-text";
import { scenarioHref, type ScenarioLinkKind, type ScenarioPair, type SitePage } from "@/lib/links";

/**
 * A link that carries the scenario the reader is looking at: from the calculator's store, so it
 * follows every edit, or, on a page without a calculator, from `initial` (the URL's scenario). The
 * server renders the same function of the same initial scenario, so hydration matches.
 */
export function useScenarioHref(
  kind: ScenarioLinkKind,
  lang: Lang,
  initial: ScenarioPair,
  where: { page?: SitePage; hash?: string } = {},
): string {
  return scenarioHref(kind, lang, useScenarioPairOr(initial), where);
}
