export declare class SizedLru<V> {
  readonly maxSize: number;
  readonly sizeOf: (value: V) => number;
  constructor(maxSize: number, sizeOf: (value: V) => number);
  get size(): number;
  get count(): number;
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  delete(key: string): void;
}
