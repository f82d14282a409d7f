/** One page kind of the route factories; see components/site/routes/layout.tsx. */
import type { StringsProviderType } from "@/components/i18n/context";
import { MethodologyPage } from "@/components/methodology/MethodologyPage";
import type { Lang } from "@/lib/i18n-text";
import { scenarioQuery } from "@/lib/links";
import { methodologyMeta } from "@/lib/page-meta";
import { parseScenario } from "@/lib/scenario";
import { queryOf, type ScenarioPageProps } from "../pageProps";

/** Methodology and sources (/methodology and /en/methodology). */
export function methodologyRoute(lang: Lang, StringsProvider: StringsProviderType) {
  return {
    metadata: methodologyMeta(lang),
    Page: async function Methodology(props?: ScenarioPageProps) {
      const raw = await queryOf(props);
      // The methodology page links back to the scenario (and the pinned one) it was opened from.
      const query = raw ? scenarioQuery(parseScenario(raw)) : "";
      return <MethodologyPage lang={lang} StringsProvider={StringsProvider} query={query} />;
    },
  };
}
