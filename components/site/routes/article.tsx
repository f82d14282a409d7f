/** One page kind of the route factories; see components/site/routes/layout.tsx. */
import type { Metadata } from "next";
import { ArticlePage } from "@/components/article/ArticlePage";
import { LICENCE_URL, ORIGINAL_URL } from "@/components/article/content";
import type { StringsProviderType } from "@/components/i18n/context";
import type { Lang } from "@/lib/i18n-text";
import { articleJsonLd, jsonLdText, scenarioMeta } from "@/lib/page-meta";
import { parseScenario } from "@/lib/scenario";
import { queryOf, type ScenarioPageProps } from "../pageProps";

/** The article with the calculator beside it (/ and /en). */
export function articleRoute(lang: Lang, StringsProvider: StringsProviderType) {
  return {
    generateMetadata: async (props?: ScenarioPageProps): Promise<Metadata> =>
      scenarioMeta(lang, parseScenario(await queryOf(props)).scenario),
    Page: async function Article(props?: ScenarioPageProps) {
      const query = await queryOf(props);
      const jsonLd = jsonLdText(articleJsonLd(lang, { originalUrl: ORIGINAL_URL, licenceUrl: LICENCE_URL }));
      return (
        <>
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
          <ArticlePage lang={lang} StringsProvider={StringsProvider} parsed={parseScenario(query)} hasQuery={query !== ""} />
        </>
      );
    },
  };
}
