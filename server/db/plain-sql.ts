import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import { preparedQueryOf, type Db } from "@/server/db";
import type { PlainValue } from "./open-database";

// Helpers for the few statements that skip Prisma's query layer (the grade path): values cross the
// driver as plain strings and numbers, so PostgreSQL and PGlite read and write them the same way
// whatever the server's time zone or the driver's type parsers.

/** A `timestamp` column read as epoch milliseconds (Prisma stores DateTime in UTC, without a zone). */
export const epochMs = (column: string) => Prisma.sql`(extract(epoch from ${Prisma.raw(column)}) * 1000)::float8`;

/** A Date written to a `timestamp` column, in UTC as Prisma writes it. */
export const utcTimestamp = (date: Date | null) => Prisma.sql`(${date ? date.toISOString() : null}::timestamptz AT TIME ZONE 'UTC')`;

/** The Date an `epochMs` column holds, or null. */
export function dateFromEpochMs(value: unknown): Date | null {
  return value === null || value === undefined ? null : new Date(Math.round(Number(value)));
}

const isPlain = (value: unknown): value is PlainValue => value === null || ["string", "number", "boolean"].includes(typeof value);

/** Runs a statement built with Prisma.sql as the prepared statement `name` (one name, one text). */
export async function runPrepared(db: Db, name: string, query: Prisma.Sql): Promise<Record<string, unknown>[]> {
  const values = query.values;
  if (!values.every(isPlain)) throw new Error(`${name}: pass dates through utcTimestamp and objects as JSON text`);
  return preparedQueryOf(db)(name, query.text, values);
}
