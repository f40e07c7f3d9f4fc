import { apiRoute } from "@/server/http/route";
import { startMainsAnswer, startMainsSchema } from "@/server/quiz/mains/start-mains-answer";

/** `{ questionId }`: opens (or continues) the student's draft for a mains question. */
export const POST = apiRoute({ access: "student", body: startMainsSchema, status: 201 }, ({ user, input, db, now }) => startMainsAnswer(db, user.id, input, now));
