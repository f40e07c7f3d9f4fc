import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeOpenFailure, openDatabase } from "@/server/db/open-database";

function tempDataDir(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dossier-db-")), "pglite");
}

describe("embedded database folder", () => {
  it("persists across reopen and releases its lock on close", async () => {
    const dataDir = tempDataDir();
    const first = await openDatabase({ kind: "pglite", dataDir });
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(true);
    await first.rawQuery("create table note (body text)");
    await first.rawQuery("insert into note values ('kept')");
    await first.close();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
    const second = await openDatabase({ kind: "pglite", dataDir });
    expect(await second.rawQuery("select body from note")).toEqual([{ body: "kept" }]);
    await second.close();
  });

  it("refuses a folder locked by another live process, saying what to do", async () => {
    const dataDir = tempDataDir();
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    fs.writeFileSync(`${dataDir}.lock`, String(process.ppid));
    await expect(openDatabase({ kind: "pglite", dataDir })).rejects.toThrow(
      new RegExp(`in use by another process \\(pid ${process.ppid}\\).*DOSSIER_DATA_DIR`),
    );
  });

  it("takes over a lock left by a process that has exited", async () => {
    const dataDir = tempDataDir();
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    fs.writeFileSync(`${dataDir}.lock`, "999999999");
    const db = await openDatabase({ kind: "pglite", dataDir });
    expect(fs.readFileSync(`${dataDir}.lock`, "utf8")).toBe(String(process.pid));
    await db.close();
  });

  it("explains how to recover from a damaged folder", async () => {
    const dataDir = tempDataDir();
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, "PG_VERSION"), "not a postgres folder\n");
    fs.mkdirSync(path.join(dataDir, "global"));
    fs.writeFileSync(path.join(dataDir, "global", "pg_control"), Buffer.alloc(64, 7));
    await expect(openDatabase({ kind: "pglite", dataDir })).rejects.toThrow(/could not be opened.*move it aside/);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });
});

describe("why a folder did not open", () => {
  it("names the file system error PGlite throws as a plain object, not [object Object]", () => {
    expect(describeOpenFailure({ errno: 51 })).toBe("no space left on device (ENOSPC)");
    expect(describeOpenFailure({ errno: 69, message: "" })).toBe("read-only file system (EROFS)");
    expect(describeOpenFailure({ errno: 4242 })).toBe("file system error 4242");
    expect(describeOpenFailure(new Error("bad magic"))).toBe("bad magic");
    expect(describeOpenFailure({ code: "EACCES" })).toBe("EACCES");
    expect(describeOpenFailure("plain text")).toBe("plain text");
  });
});
