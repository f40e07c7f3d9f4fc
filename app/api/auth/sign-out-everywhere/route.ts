import { signedOutResponse } from "@/server/auth/session-response";
import { deleteAllSessions } from "@/server/auth/sessions";
import { apiRoute } from "@/server/http/route";

/** Ends every session of the signed-in user, on every device, this one included. */
export const POST = apiRoute({ access: "signed-in" }, async ({ user, db }) => {
  await deleteAllSessions(db, user.id);
  return signedOutResponse({ redirectTo: "/sign-in" });
});
