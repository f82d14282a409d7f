import type { IncomingMessage, ServerResponse } from "node:http";
export interface Rejection {
  status: 400 | 414;
  error: "uri-too-long" | "query-too-long" | "too-many-params";
  message: string;
}
export declare function rejection(target: string): Rejection | null;
export declare function filterRequest(req: IncomingMessage, res: ServerResponse, options?: { https?: boolean }): boolean;
