import { ImageResponse } from "next/og";
import { OG_SIZE, PreviewImage } from "@/components/og/PreviewImage";
import { API_ROUTE_HANDLERS, cacheControlOf } from "@/lib/api";
import type { Lang } from "@/lib/i18n-text";
import { estimate } from "@/lib/model";
import { ogFonts } from "@/lib/og-fonts";
import { defaultScenario, parseScenario, type Scenario } from "@/lib/scenario";
import { verdictOf } from "@/lib/verdict";
import { renderQueue } from "@/server/render-queue";

/** Two renders at a time on our two cores, eight more waiting; beyond that a preview is refused. */
const queue = renderQueue(2, 8);

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
 * A 1200×630 PNG of the scenario in the query string; Chinese unless lang=en. A preview is a pure
 * function of its link, so the cache in front (nginx, a CDN) keeps it: for good when the link pins
 * a model version. Oversized queries never get here (proxy.ts).
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const lang: Lang = params.get("lang") === "en" ? "en" : "zh";
  const { scenario } = parseScenario(params);
  let cache = cacheControlOf(params);
  const drawn = queue(async () => {
    try {
      return await render(lang, scenario);
    } catch (error) {
      console.error("og: falling back to the default scenario", error);
      cache = "no-store";
      return render(lang, defaultScenario());
    }
  });
  if (!drawn) {
    return new Response("Too many preview images are being drawn; try again in a few seconds.\n", {
      status: 503,
      headers: { "content-type": "text/plain; charset=utf-8", "retry-after": "5", "cache-control": "no-store" },
    });
  }
  const png = await drawn;
  return new Response(png, { headers: { "content-type": "image/png", "cache-control": cache } });
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = API_ROUTE_HANDLERS;
