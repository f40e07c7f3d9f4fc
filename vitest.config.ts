import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // server-only throws outside React Server Components; tests call server code directly.
      "server-only": fileURLToPath(new URL("./lib/testing/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "server/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
    // Fault tests start production servers: `npm run test:faults` (vitest.faults.config.ts).
    exclude: ["**/node_modules/**", "**/*.fault.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
