import type { Metadata } from "next";
import { ArticlePage } from "@/components/article/ArticlePage";
import { LICENCE_URL, ORIGINAL_URL } from "@/components/article/content";
import { articleJsonLd, jsonLdText, scenarioMeta } from "@/server/page-meta";
import { pageOf, type PageProps } from "../pageProps";

/** The article with the calculator beside it (/ and /en, and their scenario pages). */
export async function articleMetadata(props: PageProps): Promise<Metadata> {
  const { lang, parsed } = await pageOf(props);
  return scenarioMeta(lang, parsed.scenario);
}

export async function Article(props: PageProps) {
  const { lang, parsed } = await pageOf(props);
  const jsonLd = jsonLdText(articleJsonLd(lang, { originalUrl: ORIGINAL_URL, licenceUrl: LICENCE_URL }));
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <ArticlePage lang={lang} parsed={parsed} />
    </>
  );
}
