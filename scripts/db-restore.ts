// `npm run db:restore -- <file>`: loads a backup made by db:backup into the configured database,
// which must be empty (an existing PGlite folder is moved aside, never deleted).
import { z } from "zod";
import { parseServerEnv } from "@/server/env";
import { describeTarget, targetFromEnv } from "@/server/db/database-target";
import { restoreDatabase } from "./lib/backup";
import { exitWithError } from "./cli-database";

try {
  const file = z.string({ error: "Name the backup file: npm run db:restore -- <file>" }).min(1).parse(process.argv[2]);
  const target = targetFromEnv(parseServerEnv(process.env));
  const movedAside = await restoreDatabase(target, file);
  if (movedAside) console.log(`restore: the previous database folder was moved to ${movedAside}`);
  console.log(`restore: ${file} loaded into ${describeTarget(target)}`);
} catch (error) {
  exitWithError(error);
}
