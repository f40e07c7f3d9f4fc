import { getDb } from "@/server/db";
import { handleRoute, parseJsonBody } from "@/server/http";
import { requireStudioUser } from "@/server/studio/studio-user";
import { sourceContentSchema } from "@/server/studio/source-input";
import { previewSource } from "@/server/studio/sources";

/** `{ fileName, contentBase64 | text }`: the cleaned article and any stored copy of it; stores nothing. */
export async function POST(request: Request) {
  return handleRoute(async () => {
    const user = await requireStudioUser(request);
    return previewSource(await getDb(), user, await parseJsonBody(request, sourceContentSchema));
  });
}
