import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function start(env: Record<string, string>) {
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/start.ts"], {
    env: { ...process.env, SKIP_BUILD: "1", PORT: "3999", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  const errors = result.stderr.split("\n").filter((line) => line.startsWith("error:"));
  return { status: result.status, errors, stderr: result.stderr };
}

describe("npm start with a bad DATABASE_URL", () => {
  it("exits at once with one line naming the variable when nothing answers", () => {
    const { status, errors, stderr } = start({ DATABASE_URL: "postgres://nobody@127.0.0.1:1/nothing" });
    expect(status).toBe(1);
    expect(errors).toEqual([expect.stringMatching(/^error: DATABASE_URL: cannot use PostgreSQL 127\.0\.0\.1:1\/nothing/)]);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("rejects a URL that is not PostgreSQL", () => {
    const { status, errors } = start({ DATABASE_URL: "mysql://root@localhost/db" });
    expect(status).toBe(1);
    expect(errors).toEqual(["error: Invalid DATABASE_URL: DATABASE_URL must start with postgres:// or postgresql://"]);
  });
});
