import { apiRoute } from "@/server/http/route";
import { addMistakesToReview } from "@/server/quiz/mistakes-to-review";

/** Turns the facts behind every wrong answer into flashcards due in today's review. */
export const POST = apiRoute({ access: "student", params: ["attemptId"] }, ({ user, params, db, now }) => addMistakesToReview(db, user.id, params.attemptId, now));
