/**
 * The preview images' fonts, read once per server process from assets/fonts/og (see
 * scripts/build-og-fonts.ts). Satori takes one font per family name, so each subset piece gets a
 * family of its own and OG_FONT_FAMILY lists them all as fallbacks of each other.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";

export interface OgFont {
  name: string;
  data: ArrayBuffer;
  weight: 400 | 700;
  style: "normal";
}

const DIR = join(process.cwd(), "assets/fonts/og");
const manifestFile = join(DIR, "manifest.json");

interface Manifest {
  fonts: { file: string; weight: 400 | 700; family: string }[];
}
let fonts: Promise<OgFont[]> | null = null;

export function ogFonts(): Promise<OgFont[]> {
  fonts ??= (async () => {
    const manifest: Manifest = JSON.parse(await readFile(manifestFile, "utf8"));
    return Promise.all(
      manifest.fonts.map(async (f) => {
        const buf = await readFile(join(DIR, f.file));
        return { name: f.family, data: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer, weight: f.weight, style: "normal" as const };
      }),
    );
  })();
  return fonts;
}

/** The CSS font-family that lists every subset piece, in the manifest's order. */
export async function ogFontFamily(): Promise<string> {
  const manifest: Manifest = JSON.parse(await readFile(manifestFile, "utf8"));
  return [...new Set(manifest.fonts.map((f) => f.family))].join(", ");
}
