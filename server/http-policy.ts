/**
 * The HTTP policy of the site, one module for the Next config (headers) and proxy.ts: request
 * limits, security headers, how long a shared cache keeps a page, the list of pages, and the
 * validation of SITE_URL. Pure: nothing here reads the environment or the network. (What a pinned
 * link is, and the API's ETags and Cache-Control, are the codec's and the API's: lib/scenario.ts,
 * lib/api.ts.)
 */

/** Longest query string (characters after "?") answered; longer ones get a 414. */
export const MAX_QUERY_LENGTH = 4096;
/** Most query parameters answered; more get a 400. */
export const MAX_QUERY_PARAMS = 64;
/** Longest path answered (a 414 beyond it). */
export const MAX_PATH_LENGTH = 2048;

/** The pages of each language, as they appear after the language prefix ("" is the article). */
export const PAGES = ["", "/embed", "/methodology"] as const;
export type Page = (typeof PAGES)[number];

/** The only pages other sites may put in an iframe. Exact, case-sensitive paths. */
export const FRAMEABLE_PATHS = ["/embed", "/en/embed"] as const;

/**
 * How long a shared cache (nginx, a CDN) may keep a page or an image, in seconds. The pages are
 * static or rendered once per distinct link (Next's ISR with `revalidate`), and browsers revalidate.
 * A link is a pure function of its query within one deployment, so an hour is a bound on how long a
 * deploy takes to show, not on correctness.
 */
export const PAGE_REVALIDATE_SECONDS = 3600;

/** On every response: pages, API, static files, errors. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy":
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), " +
    "magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=()",
};

/**
 * The Content-Security-Policy. `script-src 'unsafe-inline'` rather than nonces or hashes: nonces make
 * every page dynamic, and Next's inline flight scripts carry each page's data, so no fixed set of
 * hashes can list them (see README, "Security"). `dev` adds 'unsafe-eval', which React's development
 * build needs.
 */
export function contentSecurityPolicy(frameable: boolean, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameable ? "*" : "'self'"}`,
  ].join("; ");
}

export const HSTS = "max-age=63072000; includeSubDomains";

/** Every header the site sets for a path (HSTS only when the site is served over https). */
export function securityHeaders(pathname: string, { https = false, dev = false } = {}): Record<string, string> {
  const frameable = (FRAMEABLE_PATHS as readonly string[]).includes(pathname);
  const headers: Record<string, string> = { ...COMMON_HEADERS, "Content-Security-Policy": contentSecurityPolicy(frameable, dev) };
  if (!frameable) headers["X-Frame-Options"] = "SAMEORIGIN";
  if (https) headers["Strict-Transport-Security"] = HSTS;
  return headers;
}

/** Why a request target (path + query, as on the request line) is refused, or null. */
export function rejection(target: string): { status: 400 | 414; error: string; message: string } | null {
  const q = target.indexOf("?");
  const pathLength = q === -1 ? target.length : q;
  if (pathLength > MAX_PATH_LENGTH) {
    return { status: 414, error: "uri-too-long", message: `The path is longer than ${MAX_PATH_LENGTH} characters.` };
  }
  if (q === -1) return null;
  const queryLength = target.length - q - 1;
  if (queryLength > MAX_QUERY_LENGTH) {
    return { status: 414, error: "query-too-long", message: `The query string is longer than ${MAX_QUERY_LENGTH} characters.` };
  }
  // Count non-empty &-separated parts (what URLSearchParams would read), stopping at the limit.
  let params = 0;
  let partStart = q + 1;
  for (let i = q + 1; i <= target.length; i++) {
    if (i === target.length || target.charCodeAt(i) === 38 /* & */) {
      if (i > partStart && ++params > MAX_QUERY_PARAMS) {
        return {
          status: 400,
          error: "too-many-params",
          message: `The query string has more than ${MAX_QUERY_PARAMS} parameters.`,
        };
      }
      partStart = i + 1;
    }
  }
  return null;
}

/**
 * SITE_URL, validated: an http(s) origin with no path, query or credentials; returned without a
 * trailing slash. Unset: http://localhost:3000 outside production, an error in production.
 * Throws an Error with a one-line message naming SITE_URL.
 */
export function siteUrlFrom(raw: string | undefined, { production }: { production: boolean }): string {
  const value = (raw ?? "").trim();
  if (!value) {
    if (production) {
      throw new Error(
        "SITE_URL is required in production: set it to the site's public origin, e.g. SITE_URL=https://example.com",
      );
    }
    return "http://localhost:3000";
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL is not a URL: ${JSON.stringify(value)}; expected e.g. https://example.com`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`SITE_URL must start with http:// or https://, not ${JSON.stringify(value)}`);
  }
  if (url.username || url.password || url.search || url.hash || url.pathname !== "/") {
    throw new Error(`SITE_URL must be an origin only (no path, query or credentials): ${JSON.stringify(value)}`);
  }
  return url.origin;
}
