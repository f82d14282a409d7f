import { notFound } from "next/navigation";
import { cache } from "react";
import { isLang, type Lang } from "@/lib/i18n-text";
import { parseScenario, type ParseResult } from "@/lib/scenario";
import { queryFromSegment } from "@/lib/scenario-path";

/**
 * A page's props under app/[lang]: its language, and for a scenario page (…/s/[q], see proxy.ts)
 * its query as one path segment.
 */
export type PageProps = { params: Promise<{ lang: string; q?: string }> };

/** The scenario of a query, parsed once per request: the page and its metadata share it. */
const parsedOf = cache((query: string): ParseResult => parseScenario(query));

/** The page's language (a first segment that is none is not a page). */
export async function langOf(props: PageProps): Promise<Lang> {
  const { lang } = await props.params;
  if (!isLang(lang)) notFound();
  return lang;
}

/** The language, the query ("" for the prerendered page without a scenario) and its scenario. */
export async function pageOf(props: PageProps): Promise<{ lang: Lang; query: string; parsed: ParseResult }> {
  const lang = await langOf(props);
  const { q } = await props.params;
  const query = q ? queryFromSegment(q) : "";
  return { lang, query, parsed: parsedOf(query) };
}

/** The query's pairs as a record, for the page options an embed reads (theme, panels, lang). */
export function recordOf(query: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(query)) if (!(k in out)) out[k] = v;
  return out;
}
