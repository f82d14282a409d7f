import type { Metadata } from "next";
import { CalculatorPage } from "@/components/site/CalculatorPage";
import { scenarioMeta } from "@/lib/page-meta";
import { parseScenario } from "@/lib/scenario";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return scenarioMeta("zh", parseScenario(await searchParams).scenario);
}

export default async function Home({ searchParams }: Props) {
  return <CalculatorPage lang="zh" parsed={parseScenario(await searchParams)} />;
}
