import { getDb } from "@/server/db";
import { requireRole } from "@/server/auth/current-user";
import { handleRoute, parseJsonBody } from "@/server/http";
import { joinClassSchema } from "@/lib/classes/inputs";
import { joinClass } from "@/server/classes/join-class";

/** `{ code }`: the signed-in student joins the class with that join code. */
export async function POST(request: Request) {
  return handleRoute(async () => {
    const student = await requireRole("student", request);
    const input = await parseJsonBody(request, joinClassSchema);
    return joinClass(await getDb(), student.id, input, new Date());
  }, 201);
}
