import { apiRoute } from "@/server/http/route";
import { submitAttempt } from "@/server/quiz/submit-attempt";

/** Closes the attempt and scores it; a second submit is a 409. */
export const POST = apiRoute({ access: "student", params: ["attemptId"] }, async ({ user, params, db, now }) => {
  const done = await submitAttempt(db, user.id, params.attemptId, now);
  return { id: done.id, submittedAt: done.submittedAt.toISOString(), score: done.score };
});
