/**
 * The JSON API's responses: /api/v1/estimate (the scenario's inputs, every assumption included, the
 * three approaches, the series, the break-evens and the corrections made to the query), the errors,
 * CORS preflights and method refusals shared by every /api/ route. Pure: takes query parameters and
 * request headers, gives a Response.
 */
import type { ApiError, PricingResponse } from "./api-schema";
import { estimateJson } from "./estimate-json";
import { pricingSummary } from "./price-set-docs";
import { PRICE_SETS } from "./price-sets";
import { LATEST_VERSION, parseScenario, pinsVersion, type QueryInput } from "./scenario";

export { estimateJson };

/** JSON text with "<" escaped, so text echoed from a query can never read as a tag. */
const jsonText = (body: unknown) => JSON.stringify(body).replace(/</g, "\\u003c");

export function jsonResponse(body: unknown, init: { status?: number; headers: Record<string, string> }): Response {
  return new Response(jsonText(body), init);
}

export const JSON_HEADERS = {
  "content-type": "application/json; charset=utf-8",
  "access-control-allow-origin": "*",
  "x-content-type-options": "nosniff",
};

/** Methods every /api/ route answers. */
export const API_METHODS = "GET, HEAD, OPTIONS";

/** A JSON error (every 4xx under /api/ has this shape). */
export function errorResponse(status: number, error: string, message: string, headers: Record<string, string> = {}): Response {
  return jsonResponse({ error, message } satisfies ApiError, {
    status,
    headers: { ...JSON_HEADERS, "cache-control": "public, max-age=300", ...headers },
  });
}

/** A CORS preflight's answer: any origin may GET, with any of the request headers it asked for. */
export function preflightResponse(request: Request): Response {
  const asked = request.headers.get("access-control-request-headers") ?? "";
  // Header names only (a token list); anything else is not echoed.
  const headers = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+(\s*,\s*[A-Za-z0-9!#$%&'*+.^_`|~-]+)*$/.test(asked.trim())
    ? asked.trim()
    : "Content-Type";
  return new Response(null, {
    status: 204,
    headers: {
      "access-control-allow-origin": "*",
      "access-control-allow-methods": API_METHODS,
      "access-control-allow-headers": headers,
      "access-control-max-age": "86400",
      allow: API_METHODS,
      "cache-control": "public, max-age=86400",
      vary: "Access-Control-Request-Headers",
    },
  });
}

/** POST, PUT, PATCH and DELETE on an /api/ route: 405 in JSON, with Allow. */
export function methodNotAllowed(request: Request): Response {
  return errorResponse(405, "method-not-allowed", `${request.method} is not supported here; use GET.`, { allow: API_METHODS });
}

/** The handlers every /api/ route exports besides GET. */
export const API_ROUTE_HANDLERS = {
  OPTIONS: preflightResponse,
  POST: methodNotAllowed,
  PUT: methodNotAllowed,
  PATCH: methodNotAllowed,
  DELETE: methodNotAllowed,
};

/**
 * A strong ETag: a 53-bit hash of the body (cyrb53) and its length. Plain JavaScript, not
 * node:crypto, because lib/export.ts brings this module into the browser.
 */
export function etagOf(body: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `"${hash.toString(36)}-${body.length.toString(36)}"`;
}

/** True when If-None-Match names this ETag (or "*"), weak or strong. */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}

/**
 * JSON with an ETag; 304 when the client already has it. `cache`: a pinned query (v=<current>)
 * always answers the same and may be kept forever; anything else follows the current defaults.
 */
export function cachedJsonResponse(body: unknown, request: Request, cache: string): Response {
  const text = jsonText(body);
  const etag = etagOf(text);
  const headers = { ...JSON_HEADERS, "cache-control": cache, etag };
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(text, { headers });
}

export const PINNED_CACHE = "public, max-age=31536000, immutable";
export const UNPINNED_CACHE = "public, max-age=300, s-maxage=3600";

/** How long an answer for a link may be kept (the API's and the preview image's): for good when it pins a version. */
export const cacheControlOf = (query: QueryInput) => (pinsVersion(query) ? PINNED_CACHE : UNPINNED_CACHE);

export function estimateResponse(request: Request): Response {
  try {
    const params = new URL(request.url).searchParams;
    // Oversized queries never get here: proxy.ts refuses them (server/http-policy.ts), and so does nginx in front.
    // The API answers every version up to the latest.
    const { scenario, warnings } = parseScenario(params, { maxVersion: LATEST_VERSION });
    return cachedJsonResponse(estimateJson(scenario, warnings), request, cacheControlOf(params));
  } catch {
    // parseScenario never throws; this keeps a bug from ever surfacing as a 500.
    return errorResponse(400, "bad-request", "The scenario could not be read.");
  }
}

/** Every price set the pages offer or once offered, current ones first (GET /api/v1/pricing). */
export function pricingJson(): PricingResponse {
  return { priceSets: PRICE_SETS.map(pricingSummary) };
}
