import type { Metadata } from "next";
import { EmbedPage, redirectToLanguage } from "@/components/embed/EmbedPage";
import { embedMeta } from "@/server/page-meta";
import { pageOf, recordOf, type PageProps } from "../pageProps";

/** The calculator alone, for iframes (/embed and /en/embed, and their scenario pages). */
export async function embedMetadata(props: PageProps): Promise<Metadata> {
  const { lang, parsed } = await pageOf(props);
  return embedMeta(lang, parsed.scenario);
}

export async function Embed(props: PageProps) {
  const { lang, query, parsed } = await pageOf(props);
  const params = recordOf(query);
  redirectToLanguage(lang, params);
  return <EmbedPage lang={lang} parsed={parsed} params={params} />;
}
