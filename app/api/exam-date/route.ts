import { examDateBodySchema } from "@/lib/stats";
import { apiRoute } from "@/server/http/route";
import { setExamDate } from "@/server/stats/set-exam-date";

/** PUT /api/exam-date {"examDate": "YYYY-MM-DD" | null}: set or clear the student's exam date (ahead of their own today). */
export const PUT = apiRoute({ access: "student", body: examDateBodySchema }, ({ user, input, db, now }) => setExamDate(db, user.id, input, now));
