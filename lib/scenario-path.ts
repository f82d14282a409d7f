/**
 * How a scenario page's query travels as one path segment. proxy.ts rewrites /?q=… to /zh/s/<segment>,
 * a page Next renders once per distinct link and then serves like a file (see cache-handler.mjs);
 * the page decodes the segment back to the query. base64url, so nothing in a query (%, &, =, /)
 * can be decoded twice or read as a path.
 */
const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

export function querySegment(query: string): string {
  return toBase64Url(new TextEncoder().encode(query.startsWith("?") ? query.slice(1) : query));
}

/** The query a segment stands for; "" for anything that is not one of ours (never throws). */
export function queryFromSegment(segment: string): string {
  try {
    const b64 = segment.replace(/-/g, "+").replace(/_/g, "/");
    const binary = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return "";
  }
}
