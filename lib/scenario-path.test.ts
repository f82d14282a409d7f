import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { queryFromSegment, querySegment } from "./scenario-path";

describe("a scenario's query as a path segment", () => {
  it("round-trips any query, with nothing a path could misread", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (q) => {
        const segment = querySegment(q);
        expect(segment).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(queryFromSegment(segment)).toBe(q.startsWith("?") ? q.slice(1) : q);
      }),
    );
    const pinned = "v=2&q=10&pin=v%3D2%26q%3D100000";
    expect(queryFromSegment(querySegment(pinned))).toBe(pinned);
  });

  it("reads anything else as no query", () => {
    expect(queryFromSegment("%%%")).toBe("");
    expect(queryFromSegment("_w")).toBe("");
  });
});
