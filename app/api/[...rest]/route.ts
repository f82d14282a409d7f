import { API_ROUTE_HANDLERS, errorResponse } from "@/lib/api";

/** Any other address under /api/: a JSON 404, never the HTML page. */
export function GET(): Response {
  return errorResponse(404, "not-found", "There is no such API route; see /api/v1/openapi.json.");
}
export const { OPTIONS, POST, PUT, PATCH, DELETE } = API_ROUTE_HANDLERS;
