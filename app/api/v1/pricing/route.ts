import { JSON_HEADERS, jsonResponse, pricingJson } from "@/lib/api";

// The list changes only with a deploy: built once, cached by any CDN for an hour.
export const dynamic = "force-static";

export function GET(): Response {
  return jsonResponse(pricingJson(), { headers: { ...JSON_HEADERS, "cache-control": "public, max-age=3600, s-maxage=3600" } });
}
