import { signInRequestSchema } from "@/lib/auth/credentials";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { homeFor } from "@/lib/navigation";
import { authenticate } from "@/server/auth/accounts";
import { requestClientIp } from "@/server/auth/client-ip";
import { signedInResponse } from "@/server/auth/session-response";
import { apiRoute } from "@/server/http/route";

/**
 * `{ email, password, next? }`: sets the session cookie and answers `{ redirectTo }`, the same-site path
 * (never `next` as sent) the page then opens with a full load. Wrong credentials are a 401, throttling a
 * 429 and a full password-hashing gate a 503, both with Retry-After.
 */
export const POST = apiRoute({ access: "anonymous", body: signInRequestSchema }, async ({ input, db, now, request }) => {
  const { next, ...credentials } = input;
  const user = await authenticate(db, credentials, requestClientIp(request.headers), now);
  return signedInResponse(db, request, user.id, { redirectTo: safeReturnPath(next, homeFor(user.role)) }, now);
});
