/**
 * Runs once when the server starts, under `next start` and the standalone server alike. The check
 * lives in a Node-only module (server/site-url-check.ts), loaded only in the Node.js runtime.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./server/site-url-check");
}
