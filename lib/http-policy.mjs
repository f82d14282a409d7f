/**
 * The HTTP policy of the site, in plain JavaScript so that the production server (server.mjs), the
 * Next config and the TypeScript code share one copy: request limits, security headers, and the
 * validation of SITE_URL. Pure: nothing here reads the environment or the network.
 */

/** Longest query string (characters after "?") answered; longer ones get a 414 before Next parses them. */
export const MAX_QUERY_LENGTH = 4096;
/** Most query parameters answered; more get a 400 before Next parses them. */
export const MAX_QUERY_PARAMS = 64;
/** Longest path answered (a 414 beyond it). */
export const MAX_PATH_LENGTH = 2048;

/** The only pages other sites may put in an iframe. Exact, case-sensitive paths. */
export const FRAMEABLE_PATHS = ["/embed", "/en/embed"];

/** The pages that show a scenario from their query (see proxy.ts and lib/scenario-path.ts). */
export const SCENARIO_PAGES = ["/", "/en", "/embed", "/en/embed", "/methodology", "/en/methodology"];

/**
 * How long a CDN may keep a page (browsers always revalidate: max-age=0). A link pinned to a model
 * version (v=…) shows the same numbers for ever, so a day at the edge and a week of serving stale
 * while it refetches; the bare pages and unpinned links change with a deploy, so an hour. Purge the
 * CDN on deploy (README, "Deployment").
 */
export function pageCacheControl(query) {
  const pinned = /(?:^|&)v=/.test(query);
  return pinned
    ? "public, max-age=0, s-maxage=86400, stale-while-revalidate=604800"
    : "public, max-age=0, s-maxage=3600, stale-while-revalidate=86400";
}

/** On every response: pages, API, static files, errors. */
export const COMMON_HEADERS = {
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
export function contentSecurityPolicy(frameable, dev = false) {
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
export function securityHeaders(pathname, { https = false, dev = false } = {}) {
  const frameable = FRAMEABLE_PATHS.includes(pathname);
  const headers = { ...COMMON_HEADERS, "Content-Security-Policy": contentSecurityPolicy(frameable, dev) };
  if (!frameable) headers["X-Frame-Options"] = "SAMEORIGIN";
  if (https) headers["Strict-Transport-Security"] = HSTS;
  return headers;
}

/**
 * SITE_URL, validated: an http(s) origin with no path, query or credentials; returned without a
 * trailing slash. Unset: http://localhost:3000 in development, an error in production.
 * Throws an Error with a one-line message naming SITE_URL.
 */
export function siteUrlFrom(raw, { production }) {
  const value = (raw ?? "").trim();
  if (!value) {
    if (production) {
      throw new Error(
        "SITE_URL is required in production: set it to the site's public origin, e.g. SITE_URL=https://example.com",
      );
    }
    return "http://localhost:3000";
  }
  let url;
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
