import { z } from "zod";
import { requireRole } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { handleRoute, parseJsonBody } from "@/server/http";
import { setExamDate } from "@/server/stats/set-exam-date";

/** PUT /api/exam-date {"examDate": "YYYY-MM-DD" | null}: set or clear the student's exam date. */
export async function PUT(request: Request) {
  return handleRoute(async () => {
    const user = await requireRole("student", request);
    // The date is checked against the student's own "today", which setExamDate works out.
    const body = await parseJsonBody(request, z.unknown());
    return setExamDate(await getDb(), user.id, body, new Date());
  });
}
