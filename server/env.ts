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
  // How many reverse proxies of ours sit in front of the app; 0 = clients connect directly.
  TRUSTED_PROXIES: z.coerce
    .number({ error: "TRUSTED_PROXIES must be a whole number such as 0 or 1" })
    .int("TRUSTED_PROXIES must be a whole number such as 0 or 1")
    .min(0, "TRUSTED_PROXIES cannot be negative")
    .max(10, "TRUSTED_PROXIES above 10 is surely a mistake")
    .default(0),
  // Sign-ups allowed per client address per hour (end-to-end tests sign up many users from one address).
  SIGN_UP_PER_IP_PER_HOUR: z.coerce.number({ error: "SIGN_UP_PER_IP_PER_HOUR must be a whole number" }).int().min(1).default(10),
  // Mail (password reset links): SMTP when set; otherwise the link goes to the server log,
  // and to the local outbox page (/dev/outbox) when MAIL_OUTBOX allows it.
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://, like smtps://user:pass@mail.example.com")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().trim().min(3).default("Dossier <no-reply@localhost>"),
  MAIL_OUTBOX: z.enum(["auto", "true", "false"]).default("auto"),
  // The source articles content/ cites, kept beside the repository (never shipped): the studio's copy
  // check runs against them as well as against the articles uploaded in the studio.
  ARTICLES_DIR: z.string().trim().min(1).default("../shared/articles"),
  // End-to-end tests only (scripts/e2e-server.sh): routes under /api/e2e that seed data through the
  // app, since the e2e server's embedded database cannot be opened by another process. Off unless "true".
  E2E_SEED_ROUTES: z.enum(["true", "false"]).default("false"),
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
