import { describe, expect, it } from "vitest";
import MemoryCacheHandler, { SizedLru, sizeOfEntry } from "./cache-handler.mjs";

describe("SizedLru", () => {
  it("forgets the least recently used entries once over its size", () => {
    const lru = new SizedLru<string>(10, (v) => v.length);
    lru.set("a", "aaaa");
    lru.set("b", "bbbb");
    expect(lru.get("a")).toBe("aaaa"); // a is now the most recent
    lru.set("c", "cccc"); // 12 > 10: b goes
    expect(lru.get("b")).toBeUndefined();
    expect(lru.get("a")).toBe("aaaa");
    expect(lru.get("c")).toBe("cccc");
    expect(lru.size).toBe(8);
    expect(lru.count).toBe(2);
  });

  it("replaces a key without counting it twice, and refuses a value larger than the whole cache", () => {
    const lru = new SizedLru<string>(10, (v) => v.length);
    lru.set("a", "aaaa");
    lru.set("a", "aaaaaa");
    expect(lru.size).toBe(6);
    lru.set("huge", "x".repeat(11));
    expect(lru.get("huge")).toBeUndefined();
    expect(lru.get("a")).toBe("aaaaaa");
  });

  it("stays within its bound under many distinct keys", () => {
    const lru = new SizedLru<Uint8Array>(1000, (v) => v.byteLength);
    for (let i = 0; i < 10_000; i++) lru.set(`k${i}`, new Uint8Array(37));
    expect(lru.size).toBeLessThanOrEqual(1000);
    expect(lru.count).toBe(Math.floor(1000 / 37));
  });

  it("counts an entry's HTML at two bytes a character, plus its payloads", () => {
    const html = "风".repeat(1000);
    const entry = { value: { html, rscData: new Uint8Array(300), segmentData: new Map([["/_tree", new Uint8Array(50)]]) } };
    // 1,024 of bookkeeping + 2 × 1,000 + 300 + 50
    expect(sizeOfEntry(entry)).toBe(3374);
  });

  it("is what Next's page cache keeps: an entry comes back as it was set, and null once deleted", async () => {
    const handler = new MemoryCacheHandler();
    const value = { kind: "APP_PAGE", html: "<p>page</p>", rscData: new Uint8Array(10) };
    await handler.set("/en/s/cT0x", value, { cacheControl: { revalidate: 3600 } });
    expect(await handler.get("/en/s/cT0x")).toMatchObject({ value, cacheControl: { revalidate: 3600 } });
    await handler.set("/en/s/cT0x", null);
    expect(await handler.get("/en/s/cT0x")).toBeNull();
  });
});
