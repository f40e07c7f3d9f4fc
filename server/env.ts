import "server-only";
import { z } from "zod";

/**
 * Server configuration, parsed once. Every variable is optional so a fresh clone
 * runs with no setup; a malformed value fails at boot with a message naming it.
 */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DOSSIER_DATA_DIR: z.string().min(1).default(".data/pglite"),
  SEED_DEMO: z.enum(["auto", "true", "false"]).default("auto"),
  APP_URL: z.url("APP_URL must be a full URL such as http://localhost:3000").default("http://localhost:3000"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type ServerEnv = z.infer<typeof envSchema>;

export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = issue?.path.join(".") ?? "environment";
    throw new Error(`Invalid ${name}: ${issue?.message ?? "bad value"}`);
  }
  return result.data;
}

let cached: ServerEnv | undefined;
export function serverEnv(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}
