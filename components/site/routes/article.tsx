import type { Metadata } from "next";
import { ArticlePage } from "@/components/article/ArticlePage";
import { LICENCE_URL, ORIGINAL_URL } from "@/components/article/content";
import { parseScenario } from "@/lib/scenario";
import { articleJsonLd, jsonLdText, scenarioMeta } from "@/server/page-meta";
import { pageOf, type PageProps } from "../pageProps";

/** The article with the calculator beside it (/ and /en, and their scenario pages). */
export async function articleMetadata(props: PageProps): Promise<Metadata> {
  const { lang, query } = await pageOf(props);
  return scenarioMeta(lang, parseScenario(query).scenario);
}

export async function Article(props: PageProps) {
  const { lang, query } = await pageOf(props);
  const jsonLd = jsonLdText(articleJsonLd(lang, { originalUrl: ORIGINAL_URL, licenceUrl: LICENCE_URL }));
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <ArticlePage lang={lang} parsed={parseScenario(query)} />
    </>
  );
}
