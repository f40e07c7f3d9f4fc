import { apiRoute } from "@/server/http/route";
import { asStudioUser } from "@/server/studio/studio-user";
import { saveSourceSchema } from "@/server/studio/source-input";
import { saveSource } from "@/server/studio/sources";

/** `{ source, label, publication, addToArticleId? }`: stores a new article, or another source of a stored one. */
export const POST = apiRoute({ access: "signed-in", body: saveSourceSchema, status: 201 }, ({ user, input, db }) => saveSource(db, asStudioUser(user), input));
