/**
 * Usage: npm run user:role -- <email> <student|teacher|editor>
 * Changes an existing account's role, e.g. to make someone an editor of the public catalogue.
 */
import { createPrismaClient } from "@/server/db";
import { setUserRole } from "@/server/studio/set-user-role";
import { parseUserRoleArgs, USER_ROLE_USAGE } from "@/lib/studio/user-role-args";
import { openCliDatabase, exitWithError } from "./cli-database";

let args: ReturnType<typeof parseUserRoleArgs>;
try {
  args = parseUserRoleArgs(process.argv.slice(2));
} catch (error) {
  console.error(`user:role: ${error instanceof Error ? error.message : String(error)}\n${USER_ROLE_USAGE}`);
  process.exit(2);
}

const database = await openCliDatabase();
const prisma = createPrismaClient(database);
try {
  const { email, from, to } = await setUserRole(prisma, args.email, args.role);
  console.log(from === to ? `${email} is already ${to}` : `${email}: ${from} -> ${to}`);
} catch (error) {
  exitWithError(error);
} finally {
  await prisma.$disconnect();
  await database.close();
}
