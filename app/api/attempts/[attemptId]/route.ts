import { apiRoute } from "@/server/http/route";
import { getAttemptView } from "@/server/queries/quiz-attempt";
import { discardAttempt } from "@/server/quiz/discard-attempt";
import { moveSchema, moveToQuestion } from "@/server/quiz/move-to-question";

/** The attempt as its owner may see it (no correct answers before they are final). */
export const GET = apiRoute({ access: "student", params: ["attemptId"] }, ({ user, params, db, now }) => getAttemptView(db, user.id, params.attemptId, now));

/** `{ currentIndex }`: remembers the question on screen. */
export const PATCH = apiRoute({ access: "student", body: moveSchema, params: ["attemptId"] }, ({ user, input, params, db, now }) =>
  moveToQuestion(db, user.id, params.attemptId, input, now),
);

/** Throws away an abandoned (never submitted) attempt that is not for an assignment. */
export const DELETE = apiRoute({ access: "student", params: ["attemptId"] }, ({ user, params, db }) => discardAttempt(db, user.id, params.attemptId));
