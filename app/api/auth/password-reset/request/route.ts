import { passwordResetRequestSchema } from "@/lib/auth/credentials";
import { requestPasswordReset } from "@/server/accounts/password-reset";
import { sendResetLinkInBackground } from "@/server/accounts/reset-mail";
import { requestClientIp } from "@/server/auth/client-ip";
import { serverEnv } from "@/server/env";
import { apiRoute } from "@/server/http/route";

/** `{ email }`: "forgot password". The same `{ sent: true }` whether or not the email has an account. */
export const POST = apiRoute({ access: "anonymous", body: passwordResetRequestSchema }, async ({ input, db, now, request }) => {
  const link = await requestPasswordReset(db, { email: input.email, ip: requestClientIp(request.headers), appUrl: serverEnv().APP_URL }, now);
  if (link) sendResetLinkInBackground(link);
  return { sent: true };
});
