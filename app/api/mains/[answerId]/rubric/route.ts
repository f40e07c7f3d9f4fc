import { apiRoute } from "@/server/http/route";
import { rubricSchema, tickMainsRubric } from "@/server/quiz/mains/tick-mains-rubric";

/** `{ checked: boolean[] }`: the student's own rubric ticks, one per item. */
export const PUT = apiRoute({ access: "student", body: rubricSchema, params: ["answerId"] }, ({ user, input, params, db }) => tickMainsRubric(db, user.id, params.answerId, input));
