import { vi } from "vitest";

// Component tests render views that compute as they render. In the browser they are islands that
// hydrate once their chunk and the engine are here (components/islands.tsx); a test renders on the
// client without hydrating, so it starts with the engine loaded and takes the island inside the
// calculator's own form (its hidden fields) as the component it loads.
if (typeof window !== "undefined") {
  const { loadEngine } = await import("@/components/calculator/engine");
  await loadEngine();
  vi.mock("@/components/islands", async (original) => ({
    ...(await original<typeof import("@/components/islands")>()),
    HiddenFields: (await import("@/components/calculator/HiddenFields")).HiddenFields,
  }));
}
