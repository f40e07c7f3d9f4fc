import { apiRoute } from "@/server/http/route";
import { createClassSchema } from "@/lib/classes/inputs";
import { createClass } from "@/server/classes/create-class";

/** `{ name, examYear }`: a new class for the signed-in teacher, with its join code. */
export const POST = apiRoute({ access: "teacher", body: createClassSchema, status: 201 }, ({ user, input, db, now }) => createClass(db, user.id, input, now));
