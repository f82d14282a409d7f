/**
 * In front of every page and API route (stock Next: proxy.ts):
 *  1. refuses oversized URLs cheaply (server/http-policy.ts; nginx in front refuses them first);
 *  2. serves Chinese at the root: /, /embed and /methodology are the app/[lang] pages of "zh"
 *     (a rewrite; /zh/… itself redirects to the address without it);
 *  3. serves a link with a scenario (/?q=123456&u=1) from its scenario page, /[lang]/s/<the query
 *     as one path segment>, which Next renders once per distinct link and keeps (ISR); the reader's
 *     address bar keeps the link;
 *  4. sets HSTS when this run's SITE_URL is https, and keeps /Embed (any case but the exact one)
 *     from being framed;
 *  5. turns a submission of the calculator's form (lib/form.ts: no JavaScript yet, or none at all)
 *     into its permalink: a redirect to the canonical link, or, when the codec had to correct
 *     something, to the plain query it read, whose page shows the corrections.
 */
import { NextResponse, type NextRequest } from "next/server";
import { isFormSubmission, readForm } from "@/lib/form";
import type { Lang } from "@/lib/i18n-text";
import { localPath } from "@/lib/paths";
import { PAGE_OPTION_PARAMS, parseScenario, serialiseScenario } from "@/lib/scenario";
import { querySegment } from "@/lib/scenario-path";
import { siteUrl } from "@/server/env";
import { FRAMEABLE_PATHS, HSTS, PAGES, rejection, securityHeaders, type Page } from "@/server/http-policy";

/** Next's own parameter on client navigations (a cache key for the RSC payload), not the scenario's. */
const RSC_PARAM = "_rsc";

/** The language and page of a public page's path, or null for anything else. */
function pageOf(pathname: string): { lang: Lang; page: Page } | null {
  const [, first = "", ...rest] = pathname.split("/");
  const lang: Lang = first === "en" ? "en" : "zh";
  const page = `/${(lang === "en" ? rest : [first, ...rest]).join("/")}`.replace(/\/$/, "");
  return (PAGES as readonly string[]).includes(page) ? { lang, page: page as Page } : null;
}

function refuse(pathname: string, reason: NonNullable<ReturnType<typeof rejection>>) {
  const api = pathname === "/api" || pathname.startsWith("/api/");
  const headers = { "Cache-Control": "no-store", ...(api ? { "Access-Control-Allow-Origin": "*" } : {}) };
  return api
    ? NextResponse.json({ error: reason.error, message: reason.message }, { status: reason.status, headers })
    : new NextResponse(`${reason.status} ${reason.message}\n`, {
        status: reason.status,
        headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" },
      });
}

export function proxy(request: NextRequest) {
  const response = route(request);
  const { pathname } = request.nextUrl;
  // HSTS from this run's SITE_URL (next.config's headers are fixed at build).
  if (siteUrl().startsWith("https:")) response.headers.set("Strict-Transport-Security", HSTS);
  // Next matches header rules without regard to case, so /Embed would get /embed's frame policy: only
  // the exact paths may be framed.
  const frameable = FRAMEABLE_PATHS.find((p) => p.toLowerCase() === pathname.toLowerCase());
  if (frameable && frameable !== pathname) {
    for (const [name, value] of Object.entries(securityHeaders(pathname))) response.headers.set(name, value);
  }
  return response;
}

function route(request: NextRequest): NextResponse {
  const url = request.nextUrl;
  const { pathname, searchParams } = url;
  const refused = rejection(`${pathname}${url.search}`);
  if (refused) return refuse(pathname, refused);

  if (pathname === "/zh" || pathname.startsWith("/zh/")) {
    const home = url.clone();
    home.pathname = pathname.slice(3) || "/";
    return NextResponse.redirect(home, 308);
  }
  const where = pageOf(pathname);
  if (!where) {
    // Any other first segment would be taken for a language (app/[lang]): send it where no route
    // is, so the one 404 page answers (app/global-not-found.tsx).
    const first = pathname.split("/")[1] ?? "";
    if (first === "en" || first === "api" || first.includes(".")) return NextResponse.next();
    const missing = url.clone();
    missing.pathname = `/zh/not-a-page${pathname}`;
    return NextResponse.rewrite(missing);
  }

  const scenario = new URLSearchParams(searchParams);
  scenario.delete(RSC_PARAM);
  if (isFormSubmission(scenario)) {
    const read = readForm(scenario);
    const parsed = parseScenario(read);
    let query: URLSearchParams = read;
    if (parsed.warnings.length === 0) {
      query = new URLSearchParams(serialiseScenario(parsed.scenario, parsed.pinned));
      for (const option of PAGE_OPTION_PARAMS) if (read.has(option)) query.set(option, read.get(option)!);
    }
    const to = url.clone();
    to.pathname = localPath(where.lang, where.page);
    to.search = query.toString();
    return NextResponse.redirect(to, 303);
  }

  const query = scenario.toString();
  const to = url.clone();
  to.pathname = `/${where.lang}${where.page}${query ? `/s/${querySegment(query)}` : ""}`;
  to.search = searchParams.has(RSC_PARAM) ? `?${RSC_PARAM}=${encodeURIComponent(searchParams.get(RSC_PARAM)!)}` : "";
  return NextResponse.rewrite(to);
}

// Every page and API route; not Next's static files, the icons, the embed script, robots.txt or the sitemap.
export const config = {
  matcher: [
    "/((?!_next/|favicon\\.ico|icon\\.svg|apple-icon\\.png|embed\\.js|manifest\\.webmanifest|robots\\.txt|sitemap\\.xml).*)",
  ],
};
