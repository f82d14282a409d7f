import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ImageResponse } from "next/og";
import { afterEach, describe, expect, it, vi } from "vitest";
import { estimate } from "@/lib/model";
import { ogFonts, type OgFont } from "@/lib/og-fonts";
import { defaultScenario } from "@/lib/scenario";
import { verdictOf } from "@/lib/verdict";
import { OG_SIZE, PreviewImage } from "./PreviewImage";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Uint8Array) {
  const view = new DataView(buf.buffer, buf.byteOffset);
  expect([...buf.slice(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

async function render(fonts: OgFont[], fontFamily: string, lang: "zh" | "en" = "zh") {
  const s = defaultScenario();
  const e = estimate(s);
  const res = new ImageResponse(
    <PreviewImage lang={lang} scenario={s} estimate={e} verdict={verdictOf(s, e)} fontFamily={fontFamily} />,
    { ...OG_SIZE, fonts },
  );
  return new Uint8Array(await res.arrayBuffer());
}

const realFetch = globalThis.fetch;
/** Records every network fetch (and refuses it); data: URLs, the renderer's own WASM, pass through. */
function stubNetwork(fetched: string[]) {
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith("data:")) return realFetch(input, init);
    fetched.push(url);
    throw new Error("no network in tests");
  });
}

describe("the preview image", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("draws Chinese with the fonts we ship, fetching nothing", async () => {
    const fetched: string[] = [];
    stubNetwork(fetched);
    const { fonts, fontFamily } = await ogFonts();
    const png = await render(fonts, fontFamily);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(fetched).toEqual([]);
  });

  it("would need the network without our CJK glyphs (the failure our fonts prevent)", async () => {
    const fetched: string[] = [];
    stubNetwork(fetched);
    // A Latin-only font: the renderer has no glyph for the Chinese text and reaches for a font CDN.
    const latin = readFileSync(join(process.cwd(), "node_modules/@fontsource/inter/files/inter-latin-400-normal.woff"));
    const latinOnly = [
      {
        name: "Inter",
        data: latin.buffer.slice(latin.byteOffset, latin.byteOffset + latin.byteLength) as ArrayBuffer,
        weight: 400 as const,
        style: "normal" as const,
      },
    ];
    const png = await render(latinOnly, "Inter").catch(() => null);
    expect(fetched.length).toBeGreaterThan(0);
    const ours = await ogFonts();
    if (png) expect(png).not.toEqual(await render(ours.fonts, ours.fontFamily));
  });
});
