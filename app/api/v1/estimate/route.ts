import { API_ROUTE_HANDLERS, estimateResponse } from "@/lib/api";

export const GET = estimateResponse;
export const { OPTIONS, POST, PUT, PATCH, DELETE } = API_ROUTE_HANDLERS;
