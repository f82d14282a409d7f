import { API_ROUTE_HANDLERS, cachedJsonResponse, pricingJson } from "@/lib/api";

/** Every price set, current and retired: changes only with a deploy, so a CDN may keep it an hour. */
export function GET(request: Request): Response {
  return cachedJsonResponse(pricingJson(), request, "public, max-age=3600, s-maxage=3600");
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = API_ROUTE_HANDLERS;
