import { signUpRequestSchema } from "@/lib/auth/credentials";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { homeFor } from "@/lib/navigation";
import { registerUser } from "@/server/auth/accounts";
import { requestClientIp } from "@/server/auth/client-ip";
import { SIGN_UP_PER_IP } from "@/server/auth/rate-limit";
import { signedInResponse } from "@/server/auth/session-response";
import { serverEnv } from "@/server/env";
import { apiRoute } from "@/server/http/route";

/**
 * `{ name, email, password, role, next? }`: creates the account, signs it in and answers 201 `{ redirectTo }`.
 * A join link's path in `next` brings a new student to the class's confirmation step.
 */
export const POST = apiRoute({ access: "anonymous", body: signUpRequestSchema }, async ({ input, db, now, request }) => {
  const { next, ...account } = input;
  const perIp = { ...SIGN_UP_PER_IP, limit: serverEnv().SIGN_UP_PER_IP_PER_HOUR };
  const user = await registerUser(db, account, requestClientIp(request.headers), now, perIp);
  return signedInResponse(db, request, user.id, { redirectTo: safeReturnPath(next, homeFor(user.role)) }, now, 201);
});
