import { getDb } from "@/server/db";
import { requireRole } from "@/server/auth/current-user";
import { exportClassCsv } from "@/server/classes/export-class-csv";
import { handleCsvRoute } from "@/server/classes/csv-route";

type Context = { params: Promise<{ classId: string }> };

/** The class table as a CSV download, with the same numbers as the dashboard. */
export async function GET(request: Request, { params }: Context) {
  return handleCsvRoute(async () => {
    const teacher = await requireRole("teacher", request);
    const { classId } = await params;
    return exportClassCsv(await getDb(), teacher.id, classId, new Date());
  });
}
