/**
 * The preview images' fonts, read once per server process from assets/fonts/og (see
 * scripts/build-og-fonts.ts). Satori takes one font per family name, so each subset piece gets a
 * family of its own and the font-family lists them all as fallbacks of each other.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";

export interface OgFont {
  name: string;
  data: ArrayBuffer;
  weight: 400 | 700;
  style: "normal";
}

interface Manifest {
  fonts: { file: string; weight: 400 | 700; family: string }[];
}

const DIR = join(process.cwd(), "assets/fonts/og");

let loaded: Promise<{ fonts: OgFont[]; fontFamily: string }> | null = null;

/** The fonts and the CSS font-family naming every piece, in the manifest's order; read once. */
export function ogFonts(): Promise<{ fonts: OgFont[]; fontFamily: string }> {
  loaded ??= (async () => {
    const manifest: Manifest = JSON.parse(await readFile(join(DIR, "manifest.json"), "utf8"));
    const fonts = await Promise.all(
      manifest.fonts.map(async (f) => {
        const buf = await readFile(join(DIR, f.file));
        const data = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
        return { name: f.family, data, weight: f.weight, style: "normal" as const };
      }),
    );
    return { fonts, fontFamily: [...new Set(manifest.fonts.map((f) => f.family))].join(", ") };
  })();
  return loaded;
}
