import { describe, expect, it } from "vitest";
import { shouldSeedDemo } from "./prepare-database";

describe("demo accounts", () => {
  it("are never seeded in production unless SEED_DEMO=true", () => {
    expect(shouldSeedDemo({ SEED_DEMO: "auto", NODE_ENV: "production" }, "pglite")).toBe(false);
    expect(shouldSeedDemo({ SEED_DEMO: "auto", NODE_ENV: "production" }, "postgres")).toBe(false);
    expect(shouldSeedDemo({ SEED_DEMO: "false", NODE_ENV: "production" }, "pglite")).toBe(false);
    expect(shouldSeedDemo({ SEED_DEMO: "true", NODE_ENV: "production" }, "postgres")).toBe(true);
  });

  it("outside production, auto seeds only the embedded database", () => {
    expect(shouldSeedDemo({ SEED_DEMO: "auto", NODE_ENV: "development" }, "pglite")).toBe(true);
    expect(shouldSeedDemo({ SEED_DEMO: "auto", NODE_ENV: "development" }, "postgres")).toBe(false);
  });
});
