import type { Metadata } from "next";
import { MethodologyPage } from "@/components/methodology/MethodologyPage";
import { methodologyMeta } from "@/server/page-meta";
import { langOf, pageOf, type PageProps } from "../pageProps";

/** Methodology and sources (/methodology and /en/methodology, and their scenario pages). */
export async function methodologyMetadata(props: PageProps): Promise<Metadata> {
  return methodologyMeta(await langOf(props));
}

export async function Methodology(props: PageProps) {
  const { lang, query, parsed } = await pageOf(props);
  // The methodology page links back to the scenario (and the pinned one) it was opened from.
  return <MethodologyPage lang={lang} parsed={query ? parsed : null} />;
}
