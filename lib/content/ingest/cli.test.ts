import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixturePath } from "./fixtures/read-fixture";

// Runs the real script (scripts/ingest.ts) in a child process on temporary files.
const work = mkdtempSync(path.join(tmpdir(), "ingest-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[]) {
  const result = spawnSync("npx", ["tsx", "scripts/ingest.ts", ...args], { cwd: process.cwd(), encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("scripts/ingest.ts", () => {
  it("writes good files, prints one line per bad file and exits non-zero", () => {
    const empty = path.join(work, "empty.txt");
    const binary = path.join(work, "photo.txt");
    const missing = path.join(work, "missing.txt");
    const out = path.join(work, "out");
    writeFileSync(empty, "");
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));
    const { status, stdout, stderr } = run([
      fixturePath("blue-economy-plain.txt"),
      empty,
      fixturePath("minerals-wordpress.json"),
      binary,
      missing,
      fixturePath("category-not-post.json"),
      "--out",
      out,
    ]);

    expect(status).toBe(1);
    const errorLines = stderr.split("\n").filter((l) => l.startsWith(work) || l.includes("category-not-post.json"));
    // Order-free: where the temp folder and the checkout sit decides how paths sort.
    expect(errorLines).toHaveLength(4);
    expect(errorLines).toEqual(
      expect.arrayContaining([
        `${empty}: file is empty`,
        `${binary}: binary data (NUL bytes), not a text file`,
        `${missing}: file not found`,
        expect.stringMatching(/category-not-post\.json: JSON is not a WordPress post/),
      ]),
    );
    expect(readdirSync(out).sort()).toEqual([
      "charting-a-blue-economy-partnership-between-india-and.json",
      "india-chile-critical-minerals-dialogue.json",
    ]);
    const article = JSON.parse(readFileSync(path.join(out, "india-chile-critical-minerals-dialogue.json"), "utf8")) as { sources: unknown[] };
    expect(article.sources).toEqual([
      {
        file: "minerals-wordpress.json",
        publisher: "examnotes.example",
        url: "https://www.examnotes.example/ca/current-affairs/07-11-2025/india-chile-critical-minerals",
        publishedAt: "2025-11-07",
      },
    ]);
    expect(stdout).toMatch(/2 article\(s\) written/);
  });

  it("exits 0 and writes byte-identical files on a second run", () => {
    const out = path.join(work, "stable");
    const args = [fixturePath("blue-economy-scraped.txt"), fixturePath("blue-economy-aggregator.txt"), `--out=${out}`];
    expect(run(args).status).toBe(0);
    const first = readdirSync(out).map((f) => readFileSync(path.join(out, f), "utf8"));
    expect(run(args).status).toBe(0);
    expect(readdirSync(out).map((f) => readFileSync(path.join(out, f), "utf8"))).toEqual(first);
    expect(first).toHaveLength(1);
  });

  it("rejects a call without input files with a usage message and exit status 2", () => {
    const { status, stderr } = run(["--out", path.join(work, "none")]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/no input files given/);
    expect(stderr).toMatch(/usage:/);
  });
});
