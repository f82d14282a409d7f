/** One page kind of the route factories; see components/site/routes/layout.tsx. */
import type { Metadata } from "next";
import { EmbedPage, redirectToLanguage } from "@/components/embed/EmbedPage";
import type { Lang } from "@/lib/i18n-text";
import { embedMeta } from "@/lib/page-meta";
import { parseScenario } from "@/lib/scenario";
import { queryOf, recordOf, type ScenarioPageProps } from "../pageProps";

/**
 * The calculator alone, for iframes (/embed and /en/embed). No strings provider is passed in: the
 * embed's client code, strings included, sits behind its gate (components/embed/EmbedGate.tsx).
 */
export function embedRoute(lang: Lang) {
  return {
    generateMetadata: async (props?: ScenarioPageProps): Promise<Metadata> =>
      embedMeta(lang, parseScenario(await queryOf(props)).scenario),
    Page: async function Embed(props?: ScenarioPageProps) {
      const query = await queryOf(props);
      const params = recordOf(query);
      redirectToLanguage(lang, params);
      return <EmbedPage lang={lang} parsed={parseScenario(query)} params={params} />;
    },
  };
}
