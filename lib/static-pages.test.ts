import { createServer, request, type Server } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseEncoding, staticPages, WARM_HEADER } from "../server/static-pages.mjs";

describe("chooseEncoding", () => {
  it("prefers brotli, then gzip, and honours q=0", () => {
    expect(chooseEncoding(undefined)).toBe("identity");
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("*, br;q=0, gzip;q=0")).toBe("identity");
    expect(chooseEncoding("deflate")).toBe("identity");
  });
});

/**
 * The filter in front of a stand-in for Next, which renders two of the six pages (for the filter's
 * own fetches), fails a third, and answers everything else with a 299.
 */
const HOME = "<!DOCTYPE html><html><body>首页 ".repeat(50) + "</body></html>";
const RENDERED: Record<string, string> = { "/": HOME, "/en/embed": "<p>embed</p>" };
/** Links with a scenario the stand-in renders, for readers and for the filter alike. */
const LINKS: Record<string, string> = {
  "/?q=1&u=1": "<!DOCTYPE html><html><body>链接一 ".repeat(40) + "</body></html>",
  "/en/embed?v=2&q=2": "<!DOCTYPE html><html><body>link two</body></html>",
};
let nextSawLink = 0;

let server: Server;
let origin = "";
const filter = staticPages();
let nextSawWarm = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (filter(req, res)) return;
    const link = LINKS[req.url ?? ""];
    if (link) {
      nextSawLink += 1;
      return void res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "x-next": "1" }).end(link);
    }
    if (req.headers[WARM_HEADER] !== undefined) {
      nextSawWarm += 1;
      const html = RENDERED[req.url ?? ""];
      if (html) return void res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html);
      if (req.url === "/en") return void res.writeHead(500).end("broken");
    }
    res.writeHead(299).end("next");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  // Before warming, Next answers the bare pages too.
  expect((await get("/")).status).toBe(299);
  await filter.warm(origin);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}
function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the bare pages served from memory", () => {
  it("holds the pages Next rendered for it, and only those", () => {
    expect(nextSawWarm).toBe(6);
    expect(filter.paths.sort()).toEqual(["/", "/en/embed"]);
  });

  it("answers a plain GET with the file's bytes, in the encoding asked for, with the page cache policy", async () => {
    const plain = await get("/");
    expect(plain.status).toBe(200);
    expect(plain.body.toString()).toBe(HOME);
    expect(plain.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(plain.headers["content-length"]).toBe(String(Buffer.byteLength(HOME)));
    expect(plain.headers["cache-control"]).toBe("public, max-age=0, s-maxage=3600, stale-while-revalidate=86400");
    expect(plain.headers.vary).toContain("Accept-Encoding");
    expect(plain.headers.vary).toContain("rsc");

    const br = await get("/", { "accept-encoding": "gzip, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(HOME);
    const gz = await get("/", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(HOME);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(HOME));
  });

  it("answers If-None-Match with 304 and HEAD without a body", async () => {
    const first = await get("/en/embed");
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get("/en/embed", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const head = await get("/en/embed", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-length"]).toBe("12");
    expect(head.body.length).toBe(0);
  });

  it("leaves to Next a query, an RSC request, another method and a page that was not prerendered", async () => {
    expect((await get("/?q=123456")).status).toBe(299);
    expect((await get("/", { rsc: "1" })).status).toBe(299);
    expect((await get("/", { "next-router-prefetch": "1" })).status).toBe(299);
    expect((await get("/", {}, "POST")).status).toBe(299);
    expect((await get("/en")).status).toBe(299);
    expect((await get("/", { [WARM_HEADER]: "1" })).status).toBe(200);
    expect((await get("/index.html")).status).toBe(299);
  });
});

describe("links with a scenario, kept once Next has rendered them", () => {
  /** Asks for `path` until the filter answers it (no x-next header), at most 50 times. */
  async function untilKept(path: string, headers: Record<string, string> = {}) {
    for (let i = 0; i < 50; i++) {
      const answer = await get(path, headers);
      if (answer.headers["x-next"] === undefined) return answer;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`${path} was never kept`);
  }

  it("lets Next answer the first reader, then answers from memory with the link's own cache policy", async () => {
    const first = await get("/?q=1&u=1");
    expect(first.headers["x-next"]).toBe("1");
    expect(first.body.toString()).toBe(LINKS["/?q=1&u=1"]);
    const kept = await untilKept("/?q=1&u=1", { "accept-encoding": "br" });
    expect(brotliDecompressSync(kept.body).toString()).toBe(LINKS["/?q=1&u=1"]);
    expect(kept.headers["content-encoding"]).toBe("br");
    expect(kept.headers["cache-control"]).toBe("public, max-age=0, s-maxage=3600, stale-while-revalidate=86400");
    const etag = String(kept.headers.etag);
    expect((await get("/?q=1&u=1", { "if-none-match": etag })).status).toBe(304);
    // Next saw the reader and the filter's one fetch, and nobody after that.
    const seen = nextSawLink;
    for (let i = 0; i < 5; i++) await get("/?q=1&u=1", { "accept-encoding": "gzip" });
    expect(nextSawLink).toBe(seen);
    // A pinned link may stay longer at the edge.
    await get("/en/embed?v=2&q=2");
    const pinned = await untilKept("/en/embed?v=2&q=2", { "accept-encoding": "gzip" });
    expect(gunzipSync(pinned.body).toString()).toBe(LINKS["/en/embed?v=2&q=2"]);
    expect(pinned.headers["cache-control"]).toBe("public, max-age=0, s-maxage=86400, stale-while-revalidate=604800");
    expect(filter.links).toBe(2);
  });

  it("keeps neither an answer other than 200, nor RSC requests, nor paths that are not pages", async () => {
    await get("/?q=123456");
    await get("/api/v1/estimate?q=1");
    await new Promise((r) => setTimeout(r, 100));
    expect((await get("/?q=123456")).status).toBe(299);
    expect((await get("/api/v1/estimate?q=1")).status).toBe(299);
    // Next's client router asks for the payload of a kept link: that is Next's.
    await untilKept("/?q=1&u=1");
    expect((await get("/?q=1&u=1", { rsc: "1" })).headers["x-next"]).toBe("1");
    expect((await get("/?q=1&u=1&_rsc=abc")).status).toBe(299);
  });

  it("forgets the least recently used links past its size", async () => {
    const small = staticPages({ maxLinkBytes: 4_000 });
    const next = createServer((req, res) => {
      if (small(req, res)) return;
      const url = req.url ?? "";
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "x-next": "1" }).end(`<p>${url}</p>`.padEnd(1500, " "));
    });
    await new Promise<void>((resolve) => next.listen(0, "127.0.0.1", resolve));
    const address = next.address();
    const at = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    await small.warm(at);
    const fetchText = async (path: string) => {
      const res = await fetch(`${at}${path}`);
      return { fromNext: res.headers.get("x-next") === "1", text: await res.text() };
    };
    for (let i = 1; i <= 4; i++) {
      const path = `/?q=${i}`;
      await fetchText(path);
      for (let tries = 0; tries < 50 && (await fetchText(path)).fromNext; tries++) await new Promise((r) => setTimeout(r, 20));
    }
    // Each link counts 1 KB plus its 1.5 KB of HTML and the two compressed copies: one fits in 4 KB.
    expect(small.links).toBe(1);
    expect((await fetchText("/?q=4")).fromNext).toBe(false);
    expect((await fetchText("/?q=1")).fromNext).toBe(true);
    await new Promise<void>((resolve) => next.close(() => resolve()));
  });
});
