import { apiRoute } from "@/server/http/route";
import { saveAnswer, saveAnswerSchema } from "@/server/quiz/save-answer";

/** `{ questionId, chosenIndex, marked?, timeSpentMs?, currentIndex? }`: saves (upserts) one answer. */
export const POST = apiRoute({ access: "student", body: saveAnswerSchema, params: ["attemptId"] }, ({ user, input, params, db, now }) =>
  saveAnswer(db, user.id, params.attemptId, input, now),
);
