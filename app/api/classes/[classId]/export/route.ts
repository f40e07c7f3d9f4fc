import { apiRoute } from "@/server/http/route";
import { csvDownload } from "@/server/http/csv-download";
import { exportClassCsv } from "@/server/classes/export-class-csv";

/** The class table as a CSV download, with the same numbers as the dashboard. */
export const GET = apiRoute({ access: "teacher", params: ["classId"] }, async ({ user, params, db, now }) => csvDownload(await exportClassCsv(db, user.id, params.classId, now)));
