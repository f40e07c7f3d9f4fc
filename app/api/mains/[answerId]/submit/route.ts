import { apiRoute } from "@/server/http/route";
import { mainsTextSchema } from "@/server/quiz/mains/save-mains-draft";
import { submitMainsAnswer } from "@/server/quiz/mains/submit-mains-answer";

/** `{ text }`: finishes the answer with this final text; the framework and rubric open after. */
export const POST = apiRoute({ access: "student", body: mainsTextSchema, params: ["answerId"] }, ({ user, input, params, db, now }) =>
  submitMainsAnswer(db, user.id, params.answerId, input, now),
);
