import { API_ROUTE_HANDLERS, JSON_HEADERS, jsonResponse } from "@/lib/api";
import { siteUrl } from "@/server/env";
import { openApiDocument } from "@/lib/openapi";

export function GET(): Response {
  return jsonResponse(openApiDocument(siteUrl()), { headers: { ...JSON_HEADERS, "cache-control": "public, max-age=3600" } });
}
export const { OPTIONS, POST, PUT, PATCH, DELETE } = API_ROUTE_HANDLERS;
