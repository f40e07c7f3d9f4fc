import { getDb } from "@/server/db";
import { handleRoute, parseJsonBody } from "@/server/http";
import { requireStudioUser } from "@/server/studio/studio-user";
import { saveSourceSchema } from "@/server/studio/source-input";
import { saveSource } from "@/server/studio/sources";

/** `{ source, label, publication, addToArticleId? }`: stores a new article, or another source of a stored one. */
export async function POST(request: Request) {
  return handleRoute(async () => {
    const user = await requireStudioUser(request);
    return saveSource(await getDb(), user, await parseJsonBody(request, saveSourceSchema));
  }, 201);
}
