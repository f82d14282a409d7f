/**
 * A least-recently-used map bounded by total size: the in-process caches of rendered pages
 * (cache-handler.mjs) and preview images (app/api/og). Distinct scenarios are unbounded in number,
 * so every cache of them must forget. Plain JavaScript so the cache handler can load it without a
 * build step; types in lru.d.mts.
 */
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
