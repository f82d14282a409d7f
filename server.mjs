/**
 * The production server (`npm start`): Node's HTTP server, the request filter, then Next.
 *
 *   SITE_URL=https://example.com PORT=3000 HOST=0.0.0.0 npm start
 *
 * SITE_URL is required (the site's public origin: canonical links, sitemap, oEmbed …); without it the
 * server stops with one line naming it. The filter (server/request-filter.mjs) refuses oversized
 * URLs before Next parses them and sets the security headers; see README, "Security".
 */
import { createServer } from "node:http";
import next from "next";
import { siteUrlFrom } from "./lib/http-policy.mjs";
import { pageCacheHeaders } from "./server/page-cache.mjs";
import { filterRequest } from "./server/request-filter.mjs";
import { staticPages } from "./server/static-pages.mjs";

let siteUrl;
try {
  siteUrl = siteUrlFrom(process.env.SITE_URL, { production: true });
} catch (error) {
  console.error(`server: ${error.message}`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const https = siteUrl.startsWith("https:");

// Next builds its own idea of the request URL from these, and proxy.ts rewrites against it: "localhost"
// keeps both the same whatever interface the server listens on, so a rewrite is served in-process.
const app = next({ dev: false, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

/**
 * The request filters, in order: each gets (req, res, options) and returns true when it answered the
 * request itself: refuse abuse and set the security headers, answer from memory the prerendered bare
 * pages and the links Next has already rendered once (server/static-pages.mjs), mark the cache policy
 * of the rest. Next keeps rendered links in its own bounded cache too (cache-handler.mjs).
 */
const bare = staticPages();
const filters = [filterRequest, bare, pageCacheHeaders];
const options = { https };

const server = createServer((req, res) => {
  for (const filter of filters) if (filter(req, res, options)) return;
  handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(`> Ready on http://${hostname}:${port} (SITE_URL ${siteUrl})`);
  // The bare pages, as this run renders them, then served from memory.
  const host = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname.includes(":") ? `[${hostname}]` : hostname;
  const self = `http://${host}:${port}`;
  void bare.warm(self).then(() => console.log(`> ${bare.paths.length} bare pages served from memory`));
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
