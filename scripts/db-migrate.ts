import { applyMigrations } from "@/server/db/migrations";
import { openCliDatabase, exitWithError } from "./cli-database";

const db = await openCliDatabase();
try {
  const applied = await applyMigrations(db.factory);
  console.log(applied.length ? `applied: ${applied.join(", ")}` : "migrations: up to date");
} catch (error) {
  exitWithError(error);
} finally {
  await db.close();
}
