import { apiRoute } from "@/server/http/route";
import { joinClassSchema } from "@/lib/classes/inputs";
import { joinClass } from "@/server/classes/join-class";

/** `{ code }`: the signed-in student joins the class with that join code. */
export const POST = apiRoute({ access: "student", body: joinClassSchema, status: 201 }, ({ user, input, db, now }) => joinClass(db, user.id, input, now));
