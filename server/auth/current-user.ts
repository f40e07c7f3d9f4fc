import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { homeFor } from "@/lib/navigation";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { serverEnv } from "@/server/env";
import { findSessionUser } from "./sessions";
import type { SessionUser } from "./accounts";

export const SESSION_COOKIE = "dossier_session";

export function sessionCookieOptions(expires: Date) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: serverEnv().APP_URL.startsWith("https:"),
    path: "/",
    expires,
  };
}

/** The signed-in user for this request, or null. Cached per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  return findSessionUser(await getDb(), token, new Date());
});

/** Reads the session from a Request's Cookie header (route handlers, and tests that call them). */
export async function userFromRequest(request: Request): Promise<SessionUser | null> {
  const token = parseCookieHeader(request.headers.get("cookie"))[SESSION_COOKIE];
  if (!token) return null;
  return findSessionUser(await getDb(), token, new Date());
}

function parseCookieHeader(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) out[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return out;
}

/**
 * For actions and route handlers: throws a 401 AppError when nobody is signed in.
 * Route handlers pass their Request so they can be exercised directly in tests.
 */
export async function requireUser(request?: Request): Promise<SessionUser> {
  const user = request ? await userFromRequest(request) : await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Sign in to continue.");
  return user;
}

export async function requireRole<R extends SessionUser["role"]>(role: R, request?: Request): Promise<SessionUser & { role: R }> {
  const user = await requireUser(request);
  if (user.role !== role) throw new AppError("forbidden", `This is only for ${role}s.`);
  return user as SessionUser & { role: R };
}

/** For pages: sends an anonymous visitor to sign in and back, and a wrong role home. */
export async function requirePageUser(role?: SessionUser["role"], returnTo = "/dashboard"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (role && user.role !== role) redirect(homeFor(user.role));
  return user;
}
