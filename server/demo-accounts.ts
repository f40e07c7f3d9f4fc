import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db";
import { hashPassword } from "@/server/auth/password";

export const DEMO_ACCOUNTS = [
  { email: "student@demo.dossier", name: "Demo Student", role: "student" },
  { email: "teacher@demo.dossier", name: "Demo Teacher", role: "teacher" },
  { email: "editor@demo.dossier", name: "Demo Editor", role: "editor" },
] as const;

/**
 * Creates the demo accounts that do not exist yet, each with a fresh random password.
 * Returns only the accounts created now, so credentials are shown once.
 */
export async function seedDemoAccounts(db: Db): Promise<{ email: string; password: string; role: string }[]> {
  const created = [];
  for (const account of DEMO_ACCOUNTS) {
    if (await db.user.findUnique({ where: { email: account.email }, select: { id: true } })) continue;
    const password = `demo-${randomBytes(6).toString("base64url")}`;
    await db.user.create({ data: { ...account, passwordHash: await hashPassword(password), settings: { create: {} } } });
    created.push({ email: account.email, password, role: account.role });
  }
  return created;
}
