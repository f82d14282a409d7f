import { describe, expect, it } from "vitest";
import { renderQueue } from "./render-queue";

const deferred = () => {
  let resolve!: (v: string) => void;
  const promise = new Promise<string>((r) => (resolve = r));
  return { promise, resolve };
};

describe("renderQueue", () => {
  it("runs one job at a time, lets one wait, and refuses the next until there is room", async () => {
    const queue = renderQueue(1, 1);
    const first = deferred();
    const started: string[] = [];
    const a = queue(() => (started.push("a"), first.promise));
    const b = queue(async () => (started.push("b"), "b"));
    const c = queue(async () => "c");
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(c).toBeNull();
    await Promise.resolve();
    expect(started).toEqual(["a"]);
    first.resolve("a");
    expect(await a).toBe("a");
    expect(await b).toBe("b");
    expect(started).toEqual(["a", "b"]);
    // Room again.
    expect(await queue(async () => "d")).toBe("d");
  });
});
