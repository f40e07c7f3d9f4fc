import { apiRoute } from "@/server/http/route";
import { exportQuerySchema, exportStudentCards } from "@/server/exchange/export-cards";

/** `?format=apkg|csv`: the signed-in student's cards with their schedule and answers, as a download. */
export const GET = apiRoute({ access: "signed-in", query: exportQuerySchema }, ({ user, query, db, now }) => exportStudentCards(db, user.id, query, now));
