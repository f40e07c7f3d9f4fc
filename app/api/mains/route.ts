import { getDb } from "@/server/db";
import { requireUser } from "@/server/auth/current-user";
import { handleRoute, parseJsonBody } from "@/server/http";
import { startMainsAnswer, startMainsSchema } from "@/server/quiz/mains/start-mains-answer";

/** `{ questionId }`: opens (or continues) the student's draft for a mains question. */
export async function POST(request: Request) {
  return handleRoute(async () => {
    const user = await requireUser(request);
    const body = await parseJsonBody(request, startMainsSchema);
    return startMainsAnswer(await getDb(), user.id, body, new Date());
  }, 201);
}
