/**
 * For Playwright only (scripts/e2e-server.sh): creates the editor the studio journeys sign in as, in the
 * fresh e2e database, since nobody can sign up as an editor. Usage: tsx scripts/e2e-editor.ts <email> <password>
 */
import { z } from "zod";
import { createPrismaClient } from "@/server/db";
import { hashPassword } from "@/server/auth/password";
import { openCliDatabase, exitWithError } from "./cli-database";

const [email, password] = z.tuple([z.email(), z.string().min(8)]).parse(process.argv.slice(2));
const database = await openCliDatabase();
const prisma = createPrismaClient(database);
try {
  await prisma.user.upsert({
    where: { email },
    create: { email, name: "E2E Editor", role: "editor", passwordHash: await hashPassword(password), settings: { create: {} } },
    update: { role: "editor" },
  });
} catch (error) {
  exitWithError(error);
} finally {
  await prisma.$disconnect();
  await database.close();
}
