/**
 * The pages of each language, made by one factory per kind: a route file in app/ is one call, e.g.
 *   const route = articleRoute("zh", ZhStrings); export const generateMetadata = route.generateMetadata; export default route.Page;
 * The strings provider is passed in by the route so that each page's client bundle holds one language.
 *
 * Each page exists twice: prerendered without a query (app/(zh)/page.tsx), and as a scenario page
 * (app/(zh)/s/[q]/page.tsx) that proxy.ts rewrites a link with a query to. The same component serves
 * both; `props` is undefined for the prerendered one. Neither reads the request, so both are static.
 */
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ArticlePage } from "@/components/article/ArticlePage";
import { LICENCE_URL, ORIGINAL_URL } from "@/components/article/content";
import { EmbedPage, redirectToLanguage } from "@/components/embed/EmbedPage";
import type { StringsProviderType } from "@/components/i18n/context";
import { MethodologyPage } from "@/components/methodology/MethodologyPage";
import type { Lang } from "@/lib/i18n-text";
import { articleJsonLd, embedMeta, jsonLdText, methodologyMeta, scenarioMeta, siteMetadata, siteViewport } from "@/lib/page-meta";
import { scenarioQuery } from "@/lib/links";
import { parseScenario } from "@/lib/scenario";
import { queryOf, recordOf, type ScenarioPageProps } from "./pageProps";
import { RootDocument } from "./RootDocument";

/** The root layout of a language. */
export function layoutRoute(lang: Lang) {
  return {
    generateMetadata: async (): Promise<Metadata> => siteMetadata(lang),
    viewport: siteViewport,
    Layout: function Layout({ children }: { children: ReactNode }) {
      return <RootDocument lang={lang}>{children}</RootDocument>;
    },
  };
}

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

/** The calculator alone, for iframes (/embed and /en/embed). */
export function embedRoute(lang: Lang, StringsProvider: StringsProviderType) {
  return {
    generateMetadata: async (props?: ScenarioPageProps): Promise<Metadata> =>
      embedMeta(lang, parseScenario(await queryOf(props)).scenario),
    Page: async function Embed(props?: ScenarioPageProps) {
      const query = await queryOf(props);
      const params = recordOf(query);
      redirectToLanguage(lang, params);
      return <EmbedPage lang={lang} StringsProvider={StringsProvider} parsed={parseScenario(query)} params={params} />;
    },
  };
}

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
