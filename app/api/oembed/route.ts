import { API_ROUTE_HANDLERS, JSON_HEADERS, jsonResponse } from "@/lib/api";
import { siteUrl } from "@/server/env";
import { oembed } from "@/lib/oembed";

/** oEmbed for our permalinks: only URLs on SITE_URL's origin are ours; the request's Host plays no part. */
export function GET(request: Request): Response {
  const { status, body } = oembed(new URL(request.url).searchParams, [siteUrl()], `${siteUrl()}/`);
  return jsonResponse(body, {
    status,
    headers: { ...JSON_HEADERS, "cache-control": status === 200 ? "public, max-age=86400" : "public, max-age=300" },
  });
}
export const { OPTIONS, POST, PUT, PATCH, DELETE } = API_ROUTE_HANDLERS;
