import { apiRoute } from "@/server/http/route";
import { asStudioUser } from "@/server/studio/studio-user";
import { sourceContentSchema } from "@/server/studio/source-input";
import { previewSource } from "@/server/studio/sources";

/** `{ fileName, contentBase64 | text }`: the cleaned article and any stored copy of it; stores nothing. */
export const POST = apiRoute({ access: "signed-in", body: sourceContentSchema }, ({ user, input, db }) => previewSource(db, asStudioUser(user), input));
