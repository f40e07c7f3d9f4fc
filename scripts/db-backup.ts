// `npm run db:backup [-- <file>]`: a backup of the configured database (PGlite folder as a .tar.gz,
// PostgreSQL as pg_dump SQL). Stop the server first when it runs on the embedded database.
import { z } from "zod";
import { parseServerEnv } from "@/server/env";
import { describeTarget, targetFromEnv } from "@/server/db/database-target";
import { backupDatabase, defaultBackupFile } from "./lib/backup";
import { exitWithError } from "./cli-database";

try {
  const file = z.string().min(1).optional().parse(process.argv[2]);
  const target = targetFromEnv(parseServerEnv(process.env));
  const out = file ?? defaultBackupFile(target, new Date());
  await backupDatabase(target, out);
  console.log(`backup: ${describeTarget(target)} written to ${out}`);
} catch (error) {
  exitWithError(error);
}
