import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contrastRatio, PALETTE, paletteCss, relativeLuminance, type Theme } from "./palette";

const THEMES: Theme[] = ["light", "dark"];
const HEX = /^#[0-9a-f]{6}$/;

describe("WCAG contrast, computed by hand", () => {
  it("matches the formula's known values", () => {
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 6);
    expect(relativeLuminance("#000000")).toBe(0);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 6);
    // #777777: channel 119/255 → ((0.4667 + 0.055) / 1.055)^2.4 = 0.1845 → 1.05 / 0.2345 = 4.48.
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    // The old chart colours the issue measured: orange 3.56:1 on white.
    expect(contrastRatio("#ea580c", "#ffffff")).toBeCloseTo(3.56, 2);
  });
});

describe.each(THEMES)("the %s palette", (theme) => {
  const p = PALETTE[theme];
  const backgrounds = [p.background, p.surface];

  it("is hex only (no lab()/oklch() in exports)", () => {
    const all = JSON.stringify(p)
      .match(/"#?[^"]*"/g)!
      .map((s) => s.slice(1, -1));
    for (const c of all.filter((s) => !/^[a-z]+$/i.test(s))) expect(c).toMatch(HEX);
  });

  it("text in a series colour reads at ≥ 4.5:1 (legend labels, direct labels)", () => {
    for (const bg of backgrounds) {
      for (const c of [
        ...Object.values(p.series),
        p.ink,
        p.muted,
        p.optimistic,
        p.pessimistic,
        p.breakEven,
        p.ongoing,
        p.upfront,
      ]) {
        expect(contrastRatio(c, bg), `${c} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it("lines and bars stand out at ≥ 3:1", () => {
    for (const bg of backgrounds) {
      for (const c of [...Object.values(p.series), p.upfront, p.ongoing, p.breakEven, p.optimistic, p.pessimistic]) {
        expect(contrastRatio(c, bg)).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it("the map's boundary and marker stand out at ≥ 3:1 on every cell", () => {
    for (const cell of Object.values(p.mapCells)) {
      expect(contrastRatio(p.mapBoundary, cell), `boundary on ${cell}`).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(p.mapMarker, cell), `marker on ${cell}`).toBeGreaterThanOrEqual(3);
    }
  });

  it("the breakdown's two stacks are distinct colours, and ongoing is not a series colour", () => {
    expect(p.upfront).not.toBe(p.ongoing);
    expect(Object.values(p.series)).not.toContain(p.ongoing);
  });
});

describe("CSS variables", () => {
  it("app/globals.css carries paletteCss() between its markers (regenerate: print paletteCss())", () => {
    const css = readFileSync(new URL("../app/globals.css", import.meta.url), "utf8");
    const block = css.split("/* palette:start (generated from lib/palette.ts) */\n")[1]?.split("\n/* palette:end */")[0];
    expect(block).toBe(paletteCss());
  });
});
