import { resetPasswordSchema } from "@/lib/auth/credentials";
import { resetPassword } from "@/server/accounts/password-reset";
import { signedOutResponse } from "@/server/auth/session-response";
import { apiRoute } from "@/server/http/route";

/**
 * `{ token, password }`: sets the new password with a one-time reset link. Every session of the account
 * ends, this browser's too, so the reply also removes the cookie; a used or expired link is a 410.
 */
export const POST = apiRoute({ access: "anonymous", body: resetPasswordSchema }, async ({ input, db, now }) => {
  await resetPassword(db, input, now);
  return signedOutResponse({ redirectTo: "/sign-in?reset=done" });
});
