import "server-only";
import { cookies } from "next/headers";
import type { Db } from "@/server/db";
import { sessionCookieName, sessionCookieOptions } from "@/server/auth/current-user";
import { createSession, deleteSession } from "@/server/auth/sessions";

/** Rotation: any session this browser already had is ended before a new one starts. */
export async function establishSession(db: Db, userId: string): Promise<void> {
  const jar = await cookies();
  const previous = jar.get(sessionCookieName())?.value;
  if (previous) await deleteSession(db, previous);
  const { token, expiresAt } = await createSession(db, userId, new Date());
  jar.set(sessionCookieName(), token, sessionCookieOptions(expiresAt));
}

/** Removes the session cookie with the attributes it was set with: a `__Host-` cookie is only replaced by a Secure one. */
export async function clearSessionCookie(): Promise<void> {
  (await cookies()).set(sessionCookieName(), "", { ...sessionCookieOptions(new Date(0)), maxAge: 0 });
}
