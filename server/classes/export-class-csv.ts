import "server-only";
import type { Db } from "@/server/db";
import { classTable, classTableCsvRows } from "@/lib/classes/class-table";
import { csvFileName, toCsv } from "@/lib/classes/csv";
import { isoDay } from "@/lib/format/dates";
import { getClassOverview } from "@/server/queries/class-overview";
import { getClassProgress } from "@/server/queries/class-progress";
import { noClass } from "./not-found";

/** The class table as CSV: the same query and the same formatter as the dashboard page. */
export async function exportClassCsv(db: Db, teacherId: string, classId: string, now: Date): Promise<{ fileName: string; csv: string }> {
  const overview = await getClassOverview(db, teacherId, classId, now);
  if (!overview) throw noClass();
  const progress = await getClassProgress(db, teacherId, overview, now);
  const table = classTable(progress, now, overview.timeZone);
  return { fileName: csvFileName(overview.name, isoDay(now, overview.timeZone)), csv: toCsv(classTableCsvRows(table)) };
}
