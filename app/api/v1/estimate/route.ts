import { estimateResponse } from "@/lib/api";

export function GET(request: Request): Response {
  return estimateResponse(new URL(request.url).searchParams);
}
