import { apiRoute } from "@/server/http/route";
import { importCards } from "@/server/exchange/import-cards";
import { importFileSchema } from "@/server/exchange/import-types";

/** `{ fileName, contentBase64 }`: imports the file's new cards in one transaction (idempotent: a second import adds nothing). */
export const POST = apiRoute({ access: "student", body: importFileSchema, status: 201 }, ({ user, input, db, now }) => importCards(db, user.id, input, now));
