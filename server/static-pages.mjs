/**
 * The bare pages served like files. `/`, `/en`, `/embed`, `/en/embed`, `/methodology` and
 * `/en/methodology` without a query are the same bytes for every reader until the next deploy. Once
 * the server listens, `warm(origin)` asks Next for each of them (so they carry this run's SITE_URL,
 * whatever the build had), has their framework scripts load after the first paint
 * (server/scripts-after-paint.mjs), compresses each once (brotli and gzip), and from then on the filter
 * answers a plain GET or HEAD of those paths from memory: no routing, no proxy, no React. Everything
 * else, including Next's own RSC requests for the same paths (client navigations and prefetches), a
 * query string, another method, or a page that has not been fetched yet, goes on to Next.
 *
 * `staticPages()` returns a filter of the shape server.mjs runs (req, res, options) → true when it
 * answered, with `warm(origin)` and `paths` (the pages it holds).
 */
import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { SCENARIO_PAGES, pageCacheControl } from "../lib/http-policy.mjs";
import { scriptsAfterPaint } from "./scripts-after-paint.mjs";

/** The request header of the server's own fetches of the pages: those go to Next. */
export const WARM_HEADER = "x-static-pages-warm";

/** The request headers with which Next's client router asks for a page's RSC payload, not its HTML. */
const RSC_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch"];

/** What Next's responses for the same pages vary on; a CDN keys its copies by these. */
const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

/** One page, ready to send: its bytes in each encoding and the headers they share. */
function preparePage(html) {
  const etag = `"${createHash("sha256").update(html).digest("base64url").slice(0, 22)}"`;
  return {
    etag,
    cacheControl: pageCacheControl(""),
    bodies: {
      br: brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      gzip: gzipSync(html, { level: 9 }),
      identity: html,
    },
  };
}

/** The best encoding the client accepts (br, then gzip, else none), from its Accept-Encoding. */
export function chooseEncoding(acceptEncoding) {
  if (!acceptEncoding) return "identity";
  const accepted = new Map();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name.trim(), q ? Number(q.slice(2)) : 1);
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (ok("br")) return "br";
  if (ok("gzip")) return "gzip";
  return "identity";
}

/** Whether an If-None-Match header names this ETag (or is "*"). */
const matches = (ifNoneMatch, etag) =>
  ifNoneMatch !== undefined &&
  ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });

export function staticPages() {
  const pages = new Map();

  const filter = (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    if (req.headers[WARM_HEADER] !== undefined) return false;
    const page = pages.get(req.url ?? "");
    if (!page) return false;
    for (const name of RSC_HEADERS) if (req.headers[name] !== undefined) return false;

    res.setHeader("Vary", VARY);
    res.setHeader("Cache-Control", page.cacheControl);
    res.setHeader("ETag", page.etag);
    if (matches(req.headers["if-none-match"], page.etag)) {
      res.writeHead(304);
      res.end();
      return true;
    }
    const encoding = chooseEncoding(req.headers["accept-encoding"]);
    const body = page.bodies[encoding];
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Content-Length", body.length);
    if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
    res.writeHead(200);
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  };
  Object.defineProperty(filter, "paths", { get: () => [...pages.keys()] });
  /** Fetches every page from the server at `origin` (Next behind this filter); a page that fails stays Next's. */
  filter.warm = async (origin) => {
    await Promise.all(
      SCENARIO_PAGES.map(async (path) => {
        try {
          const res = await fetch(new URL(path, origin), { headers: { [WARM_HEADER]: "1" }, redirect: "manual" });
          if (res.status !== 200 || !(res.headers.get("content-type") ?? "").startsWith("text/html")) return;
          pages.set(path, preparePage(Buffer.from(scriptsAfterPaint(await res.text()))));
        } catch {
          // Left to Next.
        }
      }),
    );
  };
  return filter;
}
