import { describe, expect, it } from "vitest";
import { MAP_CORPUS, MAP_QUERIES, cheapestOfAllAt, corpusMapV3 } from "./cheaper-map";
import { parseScenario } from "./scenario";

const v3 = (q: string) => parseScenario(q, { maxVersion: 3 }).scenario;

describe("v3's map over knowledge-base size × query volume", () => {
  it("has rows from 10K to 100M tokens, four a decade (the roundest number at each slider position), and the map's query columns", () => {
    expect(MAP_CORPUS[0]).toBe(10_000);
    expect(MAP_CORPUS.at(-1)).toBe(100_000_000);
    expect(MAP_CORPUS.length).toBe(17);
    expect(MAP_CORPUS.slice(0, 5)).toEqual([10_000, 17_800, 31_600, 56_000, 100_000]);
    const map = corpusMapV3(v3("v=3"));
    expect(map.cells.length).toBe(17);
    expect(map.cells[0]!.length).toBe(MAP_QUERIES.length);
  });

  it("draws the window's line at the largest base that fits, and long context wins only below it", () => {
    // Nova Micro 2026-12: 128,000 − 400 − 300 = 127,300 tokens.
    const map = corpusMapV3(v3("v=3"));
    expect(map.window).toBe(127_300);
    map.cells.forEach((row, r) => {
      if (MAP_CORPUS[r]! > 127_300) expect(row).not.toContain("lc");
    });
    // The hand-worked case (docs/cost-model.md): 100,000 tokens at 2,000 a day, weekly updates, lc 11,125 < RAG 19,971.
    expect(cheapestOfAllAt({ ...v3("v=3"), corpusTokens: 100_000 }, 2000, 4)).toBe("lc");
    expect(map.cells[MAP_CORPUS.indexOf(100_000)]).toContain("lc");
  });

  it("has no window line where the price set gives no window", () => {
    const map = corpusMapV3(v3("v=3&cw=0"));
    expect(map.window).toBeNull();
    expect(map.cells.flat()).not.toContain("lc");
  });
});
