import pLimit from "p-limit";

/**
 * A queue for CPU-heavy work, such as drawing a preview image: at most `atOnce` jobs run, at most
 * `waiting` wait, and a job beyond that is refused at once (null) so the caller can answer 503.
 * Two cores gain nothing from more renders at a time, and each one in flight holds its own memory
 * (the image renderer's WebAssembly memory grows to the peak and is never given back).
 */
export function renderQueue(atOnce: number, waiting: number) {
  const limit = pLimit(atOnce);
  return <T>(job: () => Promise<T>): Promise<T> | null => (limit.pendingCount >= waiting ? null : limit(job));
}
