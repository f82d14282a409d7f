/**
 * Cache headers a CDN honours on the pages. Next marks its prerendered and cached pages
 * `s-maxage=31536000` and nothing else; this replaces that, on a page's 200 only, with the policy of
 * lib/http-policy.mjs: browsers revalidate, the edge keeps a pinned link a day (serving it stale for
 * a week while it refetches) and everything else an hour. Never answers the request itself.
 */
import { SCENARIO_PAGES, pageCacheControl } from "../lib/http-policy.mjs";

const pages = new Set(SCENARIO_PAGES);

export function pageCacheHeaders(req, res) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const target = req.url ?? "/";
  const q = target.indexOf("?");
  const path = q === -1 ? target : target.slice(0, q);
  if (!pages.has(path)) return false;
  const query = q === -1 ? "" : target.slice(q + 1);
  // Client navigations fetch the RSC payload of the same URL; those are Next's to mark.
  if (req.headers.rsc || /(?:^|&)_rsc=/.test(query)) return false;
  const cacheControl = pageCacheControl(query);
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    if (status === 200) this.setHeader("Cache-Control", cacheControl);
    return writeHead.call(this, status, ...rest);
  };
  return false;
}
