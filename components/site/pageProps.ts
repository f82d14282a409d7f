import { queryFromSegment } from "@/lib/scenario-path";

/** A scenario page's props: its query as one path segment (see proxy.ts). */
export type ScenarioPageProps = { params: Promise<{ q: string }> };

/** The query a page shows: none for the prerendered page, its segment's for a scenario page. */
export async function queryOf(props?: ScenarioPageProps): Promise<string> {
  return props ? queryFromSegment((await props.params).q) : "";
}

/** The query's pairs as a record, for the page options an embed reads (theme, panels, lang). */
export function recordOf(query: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(query)) if (!(k in out)) out[k] = v;
  return out;
}
