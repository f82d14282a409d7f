import type { Metadata } from "next";
import { EnStrings } from "@/components/i18n/EnStrings";
import { ArticlePage } from "@/components/article/ArticlePage";
import { hasScenarioQuery, type PageProps } from "@/components/site/pageProps";
import { scenarioMeta } from "@/lib/page-meta";
import { parseScenario } from "@/lib/scenario";

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  return scenarioMeta("en", parseScenario(await searchParams).scenario);
}

export default async function EnglishHome({ searchParams }: PageProps) {
  const params = await searchParams;
  return <ArticlePage lang="en" StringsProvider={EnStrings} parsed={parseScenario(params)} hasQuery={hasScenarioQuery(params)} />;
}
