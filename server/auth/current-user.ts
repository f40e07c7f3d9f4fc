import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { homeFor } from "@/lib/navigation";
import { NextRequest } from "next/server";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { serverEnv } from "@/server/env";
import { findSessionUser } from "./sessions";
import type { SessionUser } from "./accounts";

/** The cookie's base name; see `sessionCookieName` for the one actually used. */
export const SESSION_COOKIE = "dossier_session";

function servedOverHttps(): boolean {
  return serverEnv().APP_URL.startsWith("https:");
}

/**
 * Over https the name takes the `__Host-` prefix, so the browser only accepts it Secure, for
 * path "/", from this exact host (no subdomain can plant or overwrite it).
 */
export function sessionCookieName(): string {
  return servedOverHttps() ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
}

export function sessionCookieOptions(expires: Date) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    // Secure in production even when APP_URL says http (browsers still send it to http://localhost).
    secure: servedOverHttps() || serverEnv().NODE_ENV === "production",
    path: "/",
    expires,
  };
}

/** The signed-in user for this request, or null. Cached per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (!token) return null;
  return findSessionUser(await getDb(), token, new Date());
});

/** The session cookie's token in a Request's Cookie header, unchecked. */
export function sessionTokenFromRequest(request: Request): string | undefined {
  // Headers only: building a NextRequest from the Request itself would take its body.
  return new NextRequest(request.url, { headers: request.headers }).cookies.get(sessionCookieName())?.value || undefined;
}

/**
 * Reads the session from a Request's Cookie header (route handlers, and tests that call them),
 * with Next's own cookie parser: a malformed unrelated cookie is skipped, not a 500.
 */
export async function userFromRequest(request: Request): Promise<SessionUser | null> {
  const token = sessionTokenFromRequest(request);
  if (!token) return null;
  return findSessionUser(await getDb(), token, new Date());
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
