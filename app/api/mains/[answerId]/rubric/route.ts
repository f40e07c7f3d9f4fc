import { getDb } from "@/server/db";
import { requireUser } from "@/server/auth/current-user";
import { handleRoute, parseJsonBody } from "@/server/http";
import { rubricSchema, tickMainsRubric } from "@/server/quiz/mains/tick-mains-rubric";

type Context = { params: Promise<{ answerId: string }> };

/** `{ checked: boolean[] }`: the student's own rubric ticks, one per item. */
export async function PUT(request: Request, { params }: Context) {
  return handleRoute(async () => {
    const user = await requireUser(request);
    const { answerId } = await params;
    const body = await parseJsonBody(request, rubricSchema);
    return tickMainsRubric(await getDb(), user.id, answerId, body);
  });
}
