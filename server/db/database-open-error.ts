import "server-only";

/** A failure to open the database that a person can act on; printed as one line. */
export class DatabaseOpenError extends Error {
  override name = "DatabaseOpenError";
}
