// Writes the published public studio topics to content/ (or the folder given) in the repository's YAML
// format, checked with every content:check rule first; see docs/decisions/012-studio-and-content-files.md.
import { exportStudioContent } from "@/server/content/export-studio-content";
import { createPrismaClient } from "@/server/db";
import { openCliDatabase, exitWithError } from "./cli-database";

const dir = process.argv[2] ?? "content";
const database = await openCliDatabase();
const prisma = createPrismaClient(database);
try {
  const result = await exportStudioContent(prisma, dir);
  for (const w of result.warnings) console.log(`warning: ${w}`);
  for (const f of result.files) console.log(`wrote ${f}`);
  console.log(
    result.topics.length === 0
      ? "content export: no published studio topics to export"
      : `content export: ${result.topics.map((t) => `${t.id} (version ${t.version})`).join(", ")}; run npm run content:check, commit, and the next start adopts them`,
  );
} catch (error) {
  exitWithError(error);
} finally {
  await prisma.$disconnect();
  await database.close();
}
