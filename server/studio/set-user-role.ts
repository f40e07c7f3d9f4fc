import "server-only";
import type { Db } from "@/server/db";
import type { UserRole } from "@/lib/studio/user-role-args";

/**
 * Gives an existing account a role. Sessions read the role on every request, so it takes effect at
 * once; there is no self sign-up as editor, so this command is the only way to become one.
 */
export async function setUserRole(db: Db, email: string, role: UserRole): Promise<{ email: string; from: UserRole; to: UserRole }> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, role: true } });
  if (!user) throw new Error(`no account with email ${email}; the person must sign up first`);
  if (user.role !== role) await db.user.update({ where: { id: user.id }, data: { role } });
  return { email, from: user.role, to: role };
}
