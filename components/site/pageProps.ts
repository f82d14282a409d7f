import { notFound } from "next/navigation";
import { isLang, type Lang } from "@/lib/i18n-text";
import { queryFromSegment } from "@/lib/scenario-path";

/**
 * A page's props under app/[lang]: its language, and for a scenario page (…/s/[q], see proxy.ts)
 * its query as one path segment.
 */
export type PageProps = { params: Promise<{ lang: string; q?: string }> };

/** The language and the query a page shows ("" for the prerendered page without a scenario). */
export async function pageOf(props: PageProps): Promise<{ lang: Lang; query: string }> {
  const { lang, q } = await props.params;
  if (!isLang(lang)) notFound();
  return { lang, query: q ? queryFromSegment(q) : "" };
}

/** The query's pairs as a record, for the page options an embed reads (theme, panels, lang). */
export function recordOf(query: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(query)) if (!(k in out)) out[k] = v;
  return out;
}
