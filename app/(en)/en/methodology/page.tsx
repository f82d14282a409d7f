import type { Metadata } from "next";
import { EnStrings } from "@/components/i18n/EnStrings";
import { MethodologyPage } from "@/components/methodology/MethodologyPage";
import { hasScenarioQuery, type PageProps } from "@/components/site/pageProps";
import { STRINGS } from "@/lib/i18n";
import { parseScenario, serialiseScenario } from "@/lib/scenario";

const t = STRINGS.en;

export const metadata: Metadata = {
  title: `${t.methodology.title} · ${t.siteName}`,
  description: t.methodology.description,
  alternates: { canonical: "/en/methodology", languages: { "zh-CN": "/methodology", en: "/en/methodology" } },
};

export default async function EnglishMethodology({ searchParams }: PageProps) {
  const params = await searchParams;
  const query = hasScenarioQuery(params) ? serialiseScenario(parseScenario(params).scenario) : "";
  return <MethodologyPage lang="en" StringsProvider={EnStrings} query={query} />;
}
