import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ImageResponse } from "next/og";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { estimate } from "@/lib/model";
import { ogFonts, type OgFont } from "@/lib/og-fonts";
import { defaultScenario, parseScenario } from "@/lib/scenario";
import { verdictOf } from "@/lib/verdict";
import { OG_SIZE, PreviewImage } from "./PreviewImage";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Uint8Array) {
  const view = new DataView(buf.buffer, buf.byteOffset);
  expect([...buf.slice(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

async function render(fonts: OgFont[], fontFamily: string, lang: "zh" | "en" = "zh", s = defaultScenario()) {
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

  it("draws a v3 scenario's Chinese (long context named) with the fonts we ship, fetching nothing", async () => {
    const fetched: string[] = [];
    stubNetwork(fetched);
    const { fonts, fontFamily } = await ogFonts();
    const v3 = parseScenario("v=3&d=100000&q=2000", { maxVersion: 3 }).scenario;
    const png = await render(fonts, fontFamily, "zh", v3);
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

describe("the preview image's chart", () => {
  /** The preview's markup as Satori receives it, and the plot image's own SVG. */
  function preview(query: string, lang: "zh" | "en") {
    // v=3 as the API reads it (pages read it once PAGES_READ_V3 is set).
    const { scenario } = parseScenario(query, { maxVersion: 3 });
    const e = estimate(scenario);
    const html = renderToStaticMarkup(
      <PreviewImage lang={lang} scenario={scenario} estimate={e} verdict={verdictOf(scenario, e)} fontFamily="x" />,
    );
    const src = /<img src="data:image\/svg\+xml;utf8,([^"]+)"/.exec(html)![1]!;
    return { html, plot: decodeURIComponent(src.replace(/&amp;/g, "&")) };
  }

  it("has the page's round axis: $0 to $80K for the default scenario, months 0 to 24", () => {
    const { html, plot } = preview("", "en");
    for (const label of ["$0", "$20K", "$40K", "$60K", "$80K", ">0<", ">6<", ">12<", ">18<", ">24<"])
      expect(html).toContain(label);
    expect(plot.match(/data-series=/g)).toHaveLength(3);
    // No text inside the image: the host's fonts would draw it, not ours.
    expect(plot).not.toContain("<text");
  });

  it("marks the break-even month, with its label in Chinese", () => {
    // 100,000 queries a day, no updates: fine-tuning cheaper from month 12 on v1's prices, 17 on v2's (docs/cost-model.md).
    const v1 = preview("v=1&q=100000&u=never", "zh");
    expect(v1.plot).toContain('data-break-even="12"');
    expect(v1.html).toContain("盈亏平衡 · 第 12 个月");
    const v2 = preview("v=2&q=100000&u=never", "en");
    expect(v2.plot).toContain('data-break-even="17"');
    expect(v2.html).toContain("break-even · month 17");
  });

  it("names long context where it wins, with its line and total (v3)", () => {
    // 200 pages at 2,000 a day: lc 11,125.46 against RAG 19,971.12, 44.3% less (docs/cost-model.md).
    const { html, plot } = preview("v=3&d=100000&q=2000", "en");
    expect(plot.match(/data-series=/g)).toHaveLength(4);
    expect(plot).toContain('data-series="lc"');
    expect(html).toContain("Long context $11.1K");
    expect(html).toContain("Over 24 months, long context is cheapest, $8,846 below RAG");
    const zh = preview("v=3&d=100000&q=2000", "zh");
    expect(zh.html).toContain("24 个月内长上下文最省，比 RAG 少 $8,846");
  });

  it("leaves long context out where it does not fit (v3 defaults)", () => {
    const { html, plot } = preview("v=3", "en");
    expect(plot.match(/data-series=/g)).toHaveLength(3);
    expect(html).not.toContain("Long context");
  });
});
