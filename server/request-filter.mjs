/**
 * The request filter in front of Next: runs on the raw request line, before Next parses or
 * normalises anything, so an abusive URL costs a few string scans. It
 *   1. refuses oversized URLs: a query over MAX_QUERY_LENGTH characters or a path over
 *      MAX_PATH_LENGTH → 414, more than MAX_QUERY_PARAMS parameters → 400 (JSON under /api/, one line
 *      of text elsewhere);
 *   2. sets the security headers of the path (lib/http-policy.mjs) on every response it lets through.
 *
 * `filterRequest(req, res, options)` returns true when it answered the request itself. More filters
 * (a response cache, …) belong beside it, each a function of the same shape, run in order by server.mjs.
 */
import { MAX_PATH_LENGTH, MAX_QUERY_LENGTH, MAX_QUERY_PARAMS, securityHeaders } from "../lib/http-policy.mjs";

/** Why a raw request target (path + query, as on the request line) is refused, or null. */
export function rejection(target) {
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

const isApi = (path) => path === "/api" || path.startsWith("/api/");

/** Answers a refused request: a tiny body, never cached, the connection closed. */
function refuse(res, path, reason, headers) {
  const api = isApi(path);
  const body = api ? JSON.stringify({ error: reason.error, message: reason.message }) : `${reason.status} ${reason.message}\n`;
  res.writeHead(reason.status, {
    ...headers,
    "Content-Type": api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    ...(api ? { "Access-Control-Allow-Origin": "*" } : {}),
    Connection: "close",
  });
  res.end(body);
}

/** Refuses an abusive request (true: answered) or sets the path's security headers and lets it through. */
export function filterRequest(req, res, { https = false } = {}) {
  const target = req.url ?? "/";
  const q = target.indexOf("?");
  const path = q === -1 ? target : target.slice(0, q);
  const headers = securityHeaders(path, { https });
  const reason = rejection(target);
  if (reason) {
    refuse(res, path, reason, headers);
    return true;
  }
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  return false;
}
