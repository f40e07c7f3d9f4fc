import { parseArgs } from "node:util";
import { z } from "zod";
import { diffSchemaAgainstMigrations, writeMigration } from "@/server/db/migrations";
import { openDatabase } from "@/server/db/open-database";
import { exitWithError } from "./cli-database";

const argsSchema = z.object({
  name: z
    .string({ error: "Give the migration a name: npm run db:diff -- --name add_topics" })
    .regex(/^[a-z0-9_]+$/, "--name may hold only lower-case letters, digits and underscores"),
});

try {
  const { values } = parseArgs({ options: { name: { type: "string" } } });
  const { name } = argsSchema.parse(values);
  // The diff is computed from files alone; a throwaway in-memory database stands in for the shadow database.
  const db = await openDatabase({ kind: "pglite", dataDir: "memory://" });
  try {
    const sql = await diffSchemaAgainstMigrations(db.factory);
    if (!sql.trim()) console.log("schema matches the migrations: nothing to write");
    else console.log(`wrote ${writeMigration(name, sql, new Date())}`);
  } finally {
    await db.close();
  }
} catch (error) {
  exitWithError(error instanceof z.ZodError ? new Error(error.issues.map((i) => i.message).join("; ")) : error);
}
