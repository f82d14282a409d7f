/**
 * Next's cache for rendered pages (ISR), kept in memory and bounded. Scenario pages (/[lang]/s/<query>)
 * are rendered once per distinct link and then served from here until they are revalidated; the
 * default filesystem cache would write one file per link to disk for ever, which anyone could fill
 * by inventing links. This one keeps the most recently used 32 MB and forgets the rest (a forgotten
 * page is rendered again). A cache in front (deploy/nginx.conf, or a CDN) keeps what readers repeat.
 *
 * 32 MB (some 40 scenario pages) because memory is what a flood of invented links would take: with
 * 64 MB counted as characters, 154 distinct links through nginx left the server at 343 MB one
 * minute later, against 157 MB before; at 32 MB counted as below, 179 MB (measured 2026-12-02).
 */

const MAX_BYTES = 32 * 1024 * 1024;

/** A least-recently-used map bounded by the total size of its values (as `sizeOf` counts it). */
export class SizedLru {
  #entries = new Map();
  #total = 0;

  /** @param {number} maxSize the most bytes (or units of sizeOf) held at once */
  constructor(maxSize, sizeOf) {
    this.maxSize = maxSize;
    this.sizeOf = sizeOf;
  }

  get size() {
    return this.#total;
  }

  get count() {
    return this.#entries.size;
  }

  get(key) {
    const hit = this.#entries.get(key);
    if (!hit) return undefined;
    // Most recently used last: a Map keeps insertion order.
    this.#entries.delete(key);
    this.#entries.set(key, hit);
    return hit.value;
  }

  set(key, value) {
    this.delete(key);
    const size = Math.max(1, this.sizeOf(value));
    if (size > this.maxSize) return;
    this.#entries.set(key, { value, size });
    this.#total += size;
    for (const [oldest, entry] of this.#entries) {
      if (this.#total <= this.maxSize) break;
      this.#entries.delete(oldest);
      this.#total -= entry.size;
    }
  }

  delete(key) {
    const hit = this.#entries.get(key);
    if (!hit) return;
    this.#entries.delete(key);
    this.#total -= hit.size;
  }
}

/**
 * Roughly what an entry holds in memory: its HTML, its RSC payload and its prefetch segments. The
 * HTML is a JavaScript string, two bytes a character once it holds any Chinese.
 */
export function sizeOfEntry(entry) {
  const v = entry.value;
  if (!v) return 1024;
  let size = 1024;
  if (typeof v.html === "string") size += 2 * v.html.length;
  if (v.rscData?.byteLength) size += v.rscData.byteLength;
  if (v.body?.byteLength) size += v.body.byteLength;
  if (v.segmentData instanceof Map) for (const segment of v.segmentData.values()) size += segment?.byteLength ?? 0;
  return size;
}

const entries = new SizedLru(MAX_BYTES, sizeOfEntry);

export default class MemoryCacheHandler {
  async get(key) {
    return entries.get(key) ?? null;
  }

  async set(key, data, ctx) {
    if (data === null) {
      entries.delete(key);
      return;
    }
    entries.set(key, { value: data, lastModified: Date.now(), cacheControl: ctx?.cacheControl });
  }

  // Nothing here is tagged: a scenario's page changes only with a deployment.
  async revalidateTag() {}

  resetRequestCache() {}
}
