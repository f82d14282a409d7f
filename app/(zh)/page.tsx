import type { Metadata } from "next";
import { ZhStrings } from "@/components/i18n/ZhStrings";
import { ArticlePage } from "@/components/article/ArticlePage";
import { hasScenarioQuery, type PageProps } from "@/components/site/pageProps";
import { scenarioMeta } from "@/lib/page-meta";
import { parseScenario } from "@/lib/scenario";

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  return scenarioMeta("zh", parseScenario(await searchParams).scenario);
}

export default async function Home({ searchParams }: PageProps) {
  const params = await searchParams;
  return <ArticlePage lang="zh" StringsProvider={ZhStrings} parsed={parseScenario(params)} hasQuery={hasScenarioQuery(params)} />;
}
