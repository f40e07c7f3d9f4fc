import { z } from "zod";

export const ROLES = ["student", "teacher", "editor"] as const;
export type UserRole = (typeof ROLES)[number];

export const USER_ROLE_USAGE = "usage: npm run user:role -- <email> <student|teacher|editor>";

const argsSchema = z.tuple(
  [
    z.email({ error: (iss) => `"${String(iss.input)}" is not an email address` }).transform((e) => e.toLowerCase()),
    z.enum(ROLES, { error: (iss) => `"${String(iss.input)}" is not a role; choose student, teacher or editor` }),
  ],
  { error: "give exactly two arguments: an email and a role" },
);

/** Parses `<email> <role>` from the command line; throws an Error whose message says what is wrong. */
export function parseUserRoleArgs(argv: readonly string[]): { email: string; role: UserRole } {
  const args = argv.filter((a) => a !== "--");
  if (args.length !== 2) throw new Error(`expected an email and a role, got ${args.length} argument${args.length === 1 ? "" : "s"}`);
  const parsed = argsSchema.safeParse(args);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  const [email, role] = parsed.data;
  return { email, role };
}
