import { JSON_HEADERS, jsonResponse } from "@/lib/api";
import { oembed } from "@/lib/oembed";
import { SITE_URL } from "@/lib/page-meta";

export function GET(request: Request): Response {
  const url = new URL(request.url);
  // The origin the client used (Host header; the proxy's forwarded host and scheme where present).
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
  const clientOrigin = host ? `${proto}://${host}` : url.origin;
  const origins = [...new Set([clientOrigin, url.origin, new URL(SITE_URL).origin])];
  const { status, body } = oembed(url.searchParams, origins, `${clientOrigin}/`);
  return jsonResponse(body, {
    status,
    headers: { ...JSON_HEADERS, "cache-control": status === 200 ? "public, max-age=86400" : "public, max-age=300" },
  });
}
