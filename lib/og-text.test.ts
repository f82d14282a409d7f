import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OG_TEXT_SOURCES, neededCharacters } from "./og-text";

const root = join(__dirname, "..");
const manifest: { characters: string; fonts: { file: string }[] } = JSON.parse(
  readFileSync(join(root, "assets/fonts/og/manifest.json"), "utf8"),
);

describe("the preview images' fonts", () => {
  it("cover every character the preview text can contain (else: npm run fonts:og)", () => {
    const text = OG_TEXT_SOURCES.map((f) => readFileSync(join(root, f), "utf8")).join("\n");
    const covered = new Set(manifest.characters);
    const missing = [...neededCharacters(text)].filter((c) => !covered.has(c));
    expect(missing.join("")).toBe("");
  });

  it("are all on disk, regular and bold", () => {
    for (const f of manifest.fonts) expect(existsSync(join(root, "assets/fonts/og", f.file)), f.file).toBe(true);
    expect(manifest.fonts.some((f) => f.file.endsWith("-400.ttf"))).toBe(true);
    expect(manifest.fonts.some((f) => f.file.endsWith("-700.ttf"))).toBe(true);
  });
});
