import { apiRoute } from "@/server/http/route";
import { startFromRequest, startRequestSchema } from "@/server/quiz/start-request";

/** Starts topic practice `{ mode: "practice", topicId }` or a mock `{ mode: "mock", topicIds, count, timeLimitMinutes? }`. */
export const POST = apiRoute({ access: "student", body: startRequestSchema, status: 201 }, async ({ user, input, db, now }) => {
  const attempt = await startFromRequest(db, user.id, input, now);
  return { id: attempt.id, mode: attempt.mode, deadline: attempt.deadline?.toISOString() ?? null };
});
