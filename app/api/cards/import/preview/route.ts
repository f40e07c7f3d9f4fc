import { apiRoute } from "@/server/http/route";
import { previewImport } from "@/server/exchange/import-cards";
import { importFileSchema } from "@/server/exchange/import-types";

/** `{ fileName, contentBase64 }`: what importing the file would create, and each refused row with its reason; stores nothing. */
export const POST = apiRoute({ access: "student", body: importFileSchema }, ({ user, input, db, now }) => previewImport(db, user.id, input, now));
