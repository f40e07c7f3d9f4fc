import "server-only";

/** Where the data lives: the embedded default or a PostgreSQL server. */
export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string } // dataDir "memory://" keeps everything in RAM (tests)
  | { kind: "postgres"; connectionString: string; schema: string };

/**
 * Prisma's `?schema=` convention is not a libpq parameter, so it is taken out of the
 * URL and handed to the adapter instead (Postgres would reject it at connect).
 */
export function postgresTarget(url: string): DatabaseTarget {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? "public";
  parsed.searchParams.delete("schema");
  return { kind: "postgres", connectionString: parsed.toString(), schema };
}

export function targetFromEnv(env: { DATABASE_URL?: string | undefined; DOSSIER_DATA_DIR: string }): DatabaseTarget {
  return env.DATABASE_URL ? postgresTarget(env.DATABASE_URL) : { kind: "pglite", dataDir: env.DOSSIER_DATA_DIR };
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `embedded PGlite (${target.dataDir})`;
  const url = new URL(target.connectionString);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname} (schema ${target.schema})`;
}
