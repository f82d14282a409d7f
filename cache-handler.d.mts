/** Types of cache-handler.mjs (plain JavaScript, so that Next loads it without a build step). */
export declare class SizedLru<V> {
  constructor(maxSize: number, sizeOf: (value: V) => number);
  readonly maxSize: number;
  readonly size: number;
  readonly count: number;
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  delete(key: string): void;
}
export declare function sizeOfEntry(entry: { value: unknown }): number;
export default class MemoryCacheHandler {
  get(key: string): Promise<unknown>;
  set(key: string, data: unknown, ctx?: { cacheControl?: unknown }): Promise<void>;
  revalidateTag(): Promise<void>;
  resetRequestCache(): void;
}
