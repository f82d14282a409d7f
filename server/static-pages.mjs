/**
 * Pages served like files, from memory.
 *
 * The bare pages: `/`, `/en`, `/embed`, `/en/embed`, `/methodology` and `/en/methodology` without a
 * query are the same bytes for every reader until the next deploy. Once the server listens,
 * `warm(origin)` asks Next for each of them (so they carry this run's SITE_URL, whatever the build
 * had), has their framework scripts load after the first paint (server/scripts-after-paint.mjs),
 * compresses each once (brotli and gzip), and from then on the filter answers a plain GET or HEAD of
 * those paths from memory: no routing, no proxy, no React.
 *
 * The links with a scenario (`/?q=123456&u=1`, `/en/embed?…`): Next renders one on its first request
 * and keeps it in its cache (cache-handler.mjs), but then still routes, copies and gzips those
 * 150 KB for every reader (about 150 requests/s under 50 connections, and a heap that grows with
 * them). So once Next has answered a link with a 200, the filter fetches it once more from Next
 * (a cache hit there), compresses it off the main thread and keeps it, by its exact URL, in a
 * bounded LRU of its own; later readers get it like a bare page. A link not kept (yet, or any more)
 * goes to Next as before.
 *
 * Everything else, including Next's own RSC requests for the same paths (client navigations and
 * prefetches), another method, or a page that has not been fetched yet, goes on to Next.
 *
 * `staticPages()` returns a filter of the shape server.mjs runs (req, res, options) → true when it
 * answered, with `warm(origin)`, `paths` (the bare pages it holds) and `links` (how many scenario
 * links it holds).
 */
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { SizedLru } from "../lib/lru.mjs";
import { SCENARIO_PAGES, pageCacheControl } from "../lib/http-policy.mjs";
import { scriptsAfterPaint } from "./scripts-after-paint.mjs";

/** The request header of the server's own fetches of the pages: those go to Next. */
export const WARM_HEADER = "x-static-pages-warm";

/** The request headers with which Next's client router asks for a page's RSC payload, not its HTML. */
const RSC_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch"];

/** What Next's responses for the same pages vary on; a CDN keys its copies by these. */
const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The most bytes of scenario links kept (all encodings counted): about 200 links of 220 KB. */
export const MAX_LINK_BYTES = 48 * 1024 * 1024;
/** The most links fetched and compressed at once; a link that finds them all busy is left to Next. */
const MAX_FILLS = 4;

/**
 * One page, ready to send: its bytes in each encoding and the headers they share. Compressed on
 * libuv's threads; the bare pages (once per run) at brotli's best, the links at a quality that takes
 * 4 ms instead of 150 for 13 % more bytes.
 */
async function preparePage(html, query, quality) {
  const etag = `"${createHash("sha256").update(html).digest("base64url").slice(0, 22)}"`;
  const [br, gz] = await Promise.all([
    brotliAsync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }),
    gzipAsync(html, { level: 9 }),
  ]);
  return {
    etag,
    cacheControl: pageCacheControl(query),
    bodies: { br, gzip: gz, identity: html },
    size: 1024 + br.length + gz.length + html.length,
  };
}

/** Next's page at `url` of the server at `origin`, with the scripts after the first paint; or null. */
async function fetchPage(origin, url) {
  // Plain bytes: Next need not compress what this filter compresses anyway.
  const headers = { [WARM_HEADER]: "1", "accept-encoding": "identity" };
  const res = await fetch(new URL(url, origin), { headers, redirect: "manual" });
  if (res.status !== 200 || !(res.headers.get("content-type") ?? "").startsWith("text/html")) return null;
  return Buffer.from(scriptsAfterPaint(await res.text()));
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

const scenarioPaths = new Set(SCENARIO_PAGES);

export function staticPages({ maxLinkBytes = MAX_LINK_BYTES } = {}) {
  const pages = new Map();
  const links = new SizedLru(maxLinkBytes, (page) => page.size);
  const filling = new Set();
  let origin = null;

  /** Keeps the link at `url` once Next has rendered it; at most MAX_FILLS at a time. */
  const keep = async (url, query) => {
    if (origin === null || filling.has(url) || filling.size >= MAX_FILLS) return;
    filling.add(url);
    try {
      const html = await fetchPage(origin, url);
      if (html) links.set(url, await preparePage(html, query, 6));
    } catch {
      // Left to Next.
    } finally {
      filling.delete(url);
    }
  };

  const send = (req, res, page) => {
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

  const filter = (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    if (req.headers[WARM_HEADER] !== undefined) return false;
    for (const name of RSC_HEADERS) if (req.headers[name] !== undefined) return false;
    const url = req.url ?? "";
    const bare = pages.get(url);
    if (bare) return send(req, res, bare);
    const q = url.indexOf("?");
    if (q === -1 || !scenarioPaths.has(url.slice(0, q))) return false;
    const query = url.slice(q + 1);
    if (/(?:^|&)_rsc=/.test(query)) return false;
    const kept = links.get(url);
    if (kept) return send(req, res, kept);
    if (req.method === "GET") {
      res.once("finish", () => {
        if (res.statusCode === 200) void keep(url, query);
      });
    }
    return false;
  };
  Object.defineProperty(filter, "paths", { get: () => [...pages.keys()] });
  Object.defineProperty(filter, "links", { get: () => links.count });
  /** Fetches every bare page from the server at `origin` (Next behind this filter); a page that fails stays Next's. */
  filter.warm = async (at) => {
    origin = at;
    await Promise.all(
      SCENARIO_PAGES.map(async (path) => {
        try {
          const html = await fetchPage(at, path);
          if (html) pages.set(path, await preparePage(html, "", 11));
        } catch {
          // Left to Next.
        }
      }),
    );
  };
  return filter;
}
