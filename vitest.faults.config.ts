import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// `npm run test:faults`: the fault tests on real server processes (scripts/fault). They need a
// production build, so scripts/test-all.sh runs them after the Playwright step has made one.
export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      "server-only": fileURLToPath(new URL("./lib/testing/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    include: ["scripts/fault/**/*.fault.test.ts"],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 900_000,
  },
});
