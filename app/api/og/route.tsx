import { ImageResponse } from "next/og";
import { OG_SIZE, PreviewImage } from "@/components/og/PreviewImage";
import { API_ROUTE_HANDLERS, MAX_QUERY_LENGTH } from "@/lib/api";
import type { Lang } from "@/lib/i18n-text";
import { estimate } from "@/lib/model";
import { ogFonts } from "@/lib/og-fonts";
import { SizedLru } from "@/lib/lru.mjs";
import { defaultScenario, parseScenario, serialiseScenario, type Scenario } from "@/lib/scenario";
import { verdictOf } from "@/lib/verdict";

async function render(lang: Lang, scenario: Scenario): Promise<ArrayBuffer> {
  const e = estimate(scenario);
  const { fonts, fontFamily } = await ogFonts();
  const image = new ImageResponse(
    <PreviewImage lang={lang} scenario={scenario} estimate={e} verdict={verdictOf(scenario, e)} fontFamily={fontFamily} />,
    {
      ...OG_SIZE,
      fonts,
    },
  );
  // Rendering happens as the body is read: read it here, so a failure can still be answered.
  return image.arrayBuffer();
}

/**
 * Rendered images, by language and normalised scenario: a preview is a pure function of both, and a
 * shared link is fetched by every chat app it is pasted into. Bounded (32 MB, about 600 images).
 */
const rendered = new SizedLru<ArrayBuffer>(32 * 1024 * 1024, (png) => png.byteLength);

/** A 1200×630 PNG of the scenario in the query string; Chinese unless lang=en. */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const lang: Lang = params.get("lang") === "en" ? "en" : "zh";
  const { scenario, warnings } = parseScenario(params.toString().length > MAX_QUERY_LENGTH ? "" : params);
  // A link pinned to a model version always draws the same image: a CDN may keep it forever.
  const pinned = params.has("v") && warnings.every((w) => w.param !== "v");
  let cache = pinned ? "public, max-age=31536000, immutable" : "public, max-age=86400";
  const key = `${lang}|${serialiseScenario(scenario)}`;
  const hit = rendered.get(key);
  if (hit) return new Response(hit, { headers: { "content-type": "image/png", "cache-control": cache, "x-cache": "HIT" } });
  let png: ArrayBuffer;
  try {
    png = await render(lang, scenario);
    rendered.set(key, png);
  } catch (error) {
    console.error("og: falling back to the default scenario", error);
    png = await render(lang, defaultScenario());
    cache = "no-store";
  }
  return new Response(png, { headers: { "content-type": "image/png", "cache-control": cache } });
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = API_ROUTE_HANDLERS;
