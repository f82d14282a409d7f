/**
 * Pages served like files. A page without a query is prerendered at build time. A page with one
 * (a shared scenario: /?q=123456&u=1) is rewritten to its scenario variant, /s/<query as one path
 * segment>, which Next renders once per distinct link and then serves from its bounded cache
 * (cache-handler.mjs); the reader's address bar keeps the link as it was.
 */
import { NextResponse, type NextRequest } from "next/server";
import { scenarioPagePath } from "./lib/scenario-path";

/** Next's own parameter on client navigations (a cache key for the RSC payload), not the scenario's. */
const RSC_PARAM = "_rsc";

export function proxy(request: NextRequest) {
  const { searchParams, pathname } = request.nextUrl;
  const scenario = new URLSearchParams(searchParams);
  scenario.delete(RSC_PARAM);
  const query = scenario.toString();
  if (query === "") return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = scenarioPagePath(pathname, query);
  url.search = searchParams.has(RSC_PARAM) ? `?${RSC_PARAM}=${encodeURIComponent(searchParams.get(RSC_PARAM)!)}` : "";
  return NextResponse.rewrite(url);
}

export const config = { matcher: ["/", "/en", "/embed", "/en/embed", "/methodology", "/en/methodology"] };
