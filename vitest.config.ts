import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  // Component tests that need a DOM say so in their first line: `// @vitest-environment jsdom`
  // (the preview-image test renders in node, so jsdom is not the default for components/).
  test: {
    include: ["lib/**/*.test.ts", "server/**/*.test.ts", "*.test.ts", "components/**/*.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 20_000,
    setupFiles: ["./vitest.setup.ts"],
  },
});
