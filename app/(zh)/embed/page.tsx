import type { Metadata } from "next";
import { ZhStrings } from "@/components/i18n/ZhStrings";
import { EmbedPage, redirectToLanguage } from "@/components/embed/EmbedPage";
import type { PageProps } from "@/components/site/pageProps";
import { STRINGS } from "@/lib/i18n";
import { oembedDiscovery } from "@/lib/page-meta";
import { parseScenario } from "@/lib/scenario";

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const { scenario } = parseScenario(await searchParams);
  return {
    title: `${STRINGS.zh.calculator.heading} · ${STRINGS.zh.siteName}`,
    robots: { index: false },
    alternates: { types: oembedDiscovery("zh", "/embed", scenario) },
  };
}

export default async function Embed({ searchParams }: PageProps) {
  const params = await searchParams;
  redirectToLanguage("zh", params);
  return <EmbedPage lang="zh" StringsProvider={ZhStrings} parsed={parseScenario(params)} params={params} />;
}
