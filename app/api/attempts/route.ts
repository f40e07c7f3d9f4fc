import { z } from "zod";
import { getDb } from "@/server/db";
import { requireUser } from "@/server/auth/current-user";
import { handleRoute, parseJsonBody } from "@/server/http";
import { startFromRequest } from "@/server/quiz/start-request";

/** Starts topic practice `{ mode: "practice", topicId }` or a mock `{ mode: "mock", topicIds, count, timeLimitMinutes? }`. */
export async function POST(request: Request) {
  return handleRoute(async () => {
    const user = await requireUser(request);
    const body = await parseJsonBody(request, z.unknown());
    const attempt = await startFromRequest(await getDb(), user.id, body, new Date());
    return { id: attempt.id, mode: attempt.mode, deadline: attempt.deadline?.toISOString() ?? null };
  }, 201);
}
