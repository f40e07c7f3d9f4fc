import "server-only";
import fs from "node:fs";
import path from "node:path";
import { DatabaseOpenError } from "./database-open-error";

/**
 * PGlite has no file locking of its own: two processes on one folder corrupt it.
 * A pid file beside the folder turns that into a clear message; a lock left by a
 * dead process is taken over.
 */
export function acquireDirectoryLock(dataDir: string): () => void {
  const lockFile = `${path.resolve(dataDir)}.lock`;
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(fs.readFileSync(lockFile, "utf8"), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new DatabaseOpenError(
          `The embedded database in ${dataDir} is in use by another process (pid ${holder}). ` +
            `Stop it (kill ${holder}), or set DOSSIER_DATA_DIR to another folder.`,
        );
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new DatabaseOpenError(`Could not lock the embedded database folder ${dataDir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
