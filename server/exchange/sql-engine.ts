import "server-only";
import initSqlJs, { type SqlJsStatic } from "sql.js";

let engine: Promise<SqlJsStatic> | undefined;

/** sql.js (SQLite in WebAssembly), loaded once per process; Anki packages are SQLite files. */
export function sqlEngine(): Promise<SqlJsStatic> {
  engine ??= initSqlJs().catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}
