import type { Metadata } from "next";
import { EmbedPage, redirectToLanguage } from "@/components/embed/EmbedPage";
import { parseScenario } from "@/lib/scenario";
import { embedMeta } from "@/server/page-meta";
import { pageOf, recordOf, type PageProps } from "../pageProps";

/** The calculator alone, for iframes (/embed and /en/embed, and their scenario pages). */
export async function embedMetadata(props: PageProps): Promise<Metadata> {
  const { lang, query } = await pageOf(props);
  return embedMeta(lang, parseScenario(query).scenario);
}

export async function Embed(props: PageProps) {
  const { lang, query } = await pageOf(props);
  const params = recordOf(query);
  redirectToLanguage(lang, params);
  return <EmbedPage lang={lang} parsed={parseScenario(query)} params={params} />;
}
