import { apiRoute } from "@/server/http/route";
import { getMainsAnswerView } from "@/server/queries/quiz-mains";
import { mainsTextSchema, saveMainsDraft } from "@/server/quiz/mains/save-mains-draft";

export const GET = apiRoute({ access: "student", params: ["answerId"] }, ({ user, params, db }) => getMainsAnswerView(db, user.id, params.answerId));

/** `{ text }`: autosaves the whole draft. */
export const PUT = apiRoute({ access: "student", body: mainsTextSchema, params: ["answerId"] }, ({ user, input, params, db, now }) =>
  saveMainsDraft(db, user.id, params.answerId, input, now),
);
