import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseEncoding, staticPages } from "../server/static-pages.mjs";

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

/** A fake build with two of the six pages prerendered, served by the filter with Next stood in by a 299. */
const dist = mkdtempSync(join(tmpdir(), "static-pages-"));
mkdirSync(join(dist, "server", "app", "en"), { recursive: true });
const HOME = "<!DOCTYPE html><html><body>首页 ".repeat(50) + "</body></html>";
writeFileSync(join(dist, "server", "app", "index.html"), HOME);
writeFileSync(join(dist, "server", "app", "en", "embed.html"), "<p>embed</p>");

let server: Server;
let origin = "";
const filter = staticPages(dist);
beforeAll(async () => {
  server = createServer((req, res) => {
    if (filter(req, res)) return;
    res.writeHead(299).end("next");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
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
  it("finds only the pages that were prerendered", () => {
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
    expect((await get("/index.html")).status).toBe(299);
  });
});
