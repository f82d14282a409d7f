/**
 * Builds the fonts the preview images (/api/og) ship with: Noto Sans SC, cut down to the characters
 * our preview text can contain, in regular and bold. Satori (the image renderer) needs the glyphs in
 * hand; without them it would try a font CDN at run time and draw empty boxes.
 *
 * Fontsource splits Noto Sans SC into ~100 unicode-range pieces; we keep only the pieces holding a
 * character we need, each subset to exactly those characters, and write them to assets/fonts/og/
 * with a manifest. The output is committed (it is a font we ship); rerun after changing any text
 * the preview image draws: `npm run fonts:og`. A unit test checks the coverage.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import subsetFont from "subset-font";
import { OG_TEXT_SOURCES, neededCharacters } from "../lib/og-text";

const require = createRequire(import.meta.url);
const ROOT = join(dirname(new URL(import.meta.url).pathname), "..");
const OUT = join(ROOT, "assets/fonts/og");
const pkg = dirname(require.resolve("@fontsource/noto-sans-sc/package.json"));
const ranges: Record<string, string> = JSON.parse(readFileSync(join(pkg, "unicode.json"), "utf8"));
const WEIGHTS = [400, 700] as const;

/** "U+4e00-4e0f,U+ff01" → a test for a code point. */
function rangeTest(spec: string): (cp: number) => boolean {
  const parts = spec.split(",").map((p) => {
    const [a, b] = p.trim().replace(/^U\+/i, "").split("-");
    const lo = parseInt(a!, 16);
    return [lo, b ? parseInt(b, 16) : lo] as const;
  });
  return (cp) => parts.some(([lo, hi]) => cp >= lo && cp <= hi);
}

const text = OG_TEXT_SOURCES.map((f) => readFileSync(join(ROOT, f), "utf8")).join("\n");
const needed = neededCharacters(text);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const manifest: { file: string; family: string; weight: number; chars: number }[] = [];
for (const weight of WEIGHTS) {
  const files = readdirSync(join(pkg, "files")).filter((f) => f.endsWith(`-${weight}-normal.woff`));
  for (const [key, spec] of Object.entries(ranges)) {
    const inRange = rangeTest(spec);
    const chars = [...needed].filter((c) => inRange(c.codePointAt(0)!));
    if (chars.length === 0) continue;
    // "[12]" → noto-sans-sc-12-400-normal.woff; named subsets ("latin") keep their names.
    const id = key.replace(/^\[|\]$/g, "");
    const source = files.find((f) => f === `noto-sans-sc-${id}-${weight}-normal.woff`);
    if (!source) continue;
    const subset = await subsetFont(readFileSync(join(pkg, "files", source)), chars.join(""), { targetFormat: "truetype" });
    const file = `noto-sans-sc-${id}-${weight}.ttf`;
    writeFileSync(join(OUT, file), subset);
    // One family per piece: Satori keeps one font per family, and falls back across families.
    manifest.push({ file, family: `og-noto-sc-${id}`, weight, chars: chars.length });
  }
}
writeFileSync(join(OUT, "manifest.json"), `${JSON.stringify({ characters: [...needed].join(""), fonts: manifest }, null, 2)}\n`);
const bytes = manifest.reduce((n, m) => n + readFileSync(join(OUT, m.file)).length, 0);
console.log(`og fonts: ${needed.size} characters, ${manifest.length} files, ${(bytes / 1024).toFixed(1)} KB in ${OUT}`);
