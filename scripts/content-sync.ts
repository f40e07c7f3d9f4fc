import { loadCheckedContent } from "@/server/content/load-checked-content";
import { syncContent } from "@/server/content/sync-content";
import { createPrismaClient } from "@/server/db";
import { openCliDatabase, exitWithError } from "./cli-database";
import { describeSync } from "./describe-sync";

const database = await openCliDatabase();
const prisma = createPrismaClient(database);
try {
  console.log(describeSync(await syncContent(prisma, loadCheckedContent(), new Date())));
} catch (error) {
  exitWithError(error);
} finally {
  await prisma.$disconnect();
  await database.close();
}
