import { getDb } from "@/server/db";
import { requireRole } from "@/server/auth/current-user";
import { handleRoute, parseJsonBody } from "@/server/http";
import { createClassSchema } from "@/lib/classes/inputs";
import { createClass } from "@/server/classes/create-class";

/** `{ name, examYear }`: a new class for the signed-in teacher, with its join code. */
export async function POST(request: Request) {
  return handleRoute(async () => {
    const teacher = await requireRole("teacher", request);
    const input = await parseJsonBody(request, createClassSchema);
    return createClass(await getDb(), teacher.id, input, new Date());
  }, 201);
}
