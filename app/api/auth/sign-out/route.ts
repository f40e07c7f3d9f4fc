import { sessionTokenFromRequest } from "@/server/auth/current-user";
import { signedOutResponse } from "@/server/auth/session-response";
import { deleteSession } from "@/server/auth/sessions";
import { apiRoute } from "@/server/http/route";

/** Ends this browser's session, if any (signing out twice is not an error), and removes the cookie. */
export const POST = apiRoute({ access: "anonymous" }, async ({ db, request }) => {
  const token = sessionTokenFromRequest(request);
  if (token) await deleteSession(db, token);
  return signedOutResponse({ redirectTo: "/" });
});
