import type { Metadata } from "next";
import { EnStrings } from "@/components/i18n/EnStrings";
import { EmbedPage, redirectToLanguage } from "@/components/embed/EmbedPage";
import type { PageProps } from "@/components/site/pageProps";
import { STRINGS } from "@/lib/i18n";
import { oembedDiscovery } from "@/lib/page-meta";
import { parseScenario } from "@/lib/scenario";

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const { scenario } = parseScenario(await searchParams);
  return {
    title: `${STRINGS.en.calculator.heading} · ${STRINGS.en.siteName}`,
    robots: { index: false },
    alternates: { types: oembedDiscovery("en", "/embed", scenario) },
  };
}

export default async function EnglishEmbed({ searchParams }: PageProps) {
  const params = await searchParams;
  redirectToLanguage("en", params);
  return <EmbedPage lang="en" StringsProvider={EnStrings} parsed={parseScenario(params)} params={params} />;
}
