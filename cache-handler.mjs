/**
 * Next's cache for rendered pages (ISR), kept in memory and bounded. Scenario pages (/s/<query>) are
 * rendered once per distinct link and then served like files; the default filesystem cache would
 * write one file per link to disk for ever, which anyone could fill by inventing links. This one
 * keeps the most recently used 64 MB and forgets the rest (a forgotten page is rendered again).
 */
import { SizedLru } from "./lib/lru.mjs";
import { scriptsAfterPaint } from "./server/scripts-after-paint.mjs";

const MAX_BYTES = 64 * 1024 * 1024;

/** Roughly what an entry holds: its HTML, its RSC payload and its prefetch segments. */
function sizeOf(entry) {
  const v = entry.value;
  if (!v) return 1024;
  let size = 1024;
  if (typeof v.html === "string") size += v.html.length;
  if (v.rscData?.byteLength) size += v.rscData.byteLength;
  if (v.body?.byteLength) size += v.body.byteLength;
  if (v.segmentData instanceof Map) for (const segment of v.segmentData.values()) size += segment?.byteLength ?? 0;
  return size;
}

const entries = new SizedLru(MAX_BYTES, sizeOf);

export default class MemoryCacheHandler {
  async get(key) {
    return entries.get(key) ?? null;
  }

  async set(key, data, ctx) {
    if (data === null) {
      entries.delete(key);
      return;
    }
    // A page's HTML is kept with its framework scripts loaded after the first paint, as the bare
    // pages are (server/scripts-after-paint.mjs); its first reader got Next's stream as rendered.
    const value =
      data.kind === "APP_PAGE" && typeof data.html === "string" ? { ...data, html: scriptsAfterPaint(data.html) } : data;
    entries.set(key, { value, lastModified: Date.now(), cacheControl: ctx?.cacheControl });
  }

  // Nothing here is tagged or revalidated: a scenario's page never changes within one deployment.
  async revalidateTag() {}

  resetRequestCache() {}
}
