import "server-only";
import { NextResponse } from "next/server";
import type { Db } from "@/server/db";
import { jsonReply } from "@/server/http/json-reply";
import { sessionCookieName, sessionCookieOptions, sessionTokenFromRequest } from "./current-user";
import { createSession, deleteSession } from "./sessions";

/**
 * The reply to a sign-in or sign-up: `body` as JSON with a new session cookie. The cookie is set on the
 * Response itself, not through `cookies()`, so the route handler works the same when a test calls it.
 * Rotation: any session this browser already had is ended before the new one starts.
 */
export async function signedInResponse(db: Db, request: Request, userId: string, body: unknown, now: Date, status = 200): Promise<NextResponse> {
  const previous = sessionTokenFromRequest(request);
  if (previous) await deleteSession(db, previous);
  const { token, expiresAt } = await createSession(db, userId, now);
  const response = reply(body, status);
  response.cookies.set(sessionCookieName(), token, sessionCookieOptions(expiresAt));
  return response;
}

/** `body` as JSON, removing the session cookie with the attributes it was set with: a `__Host-` cookie is only replaced by a Secure one. */
export function signedOutResponse(body: unknown): NextResponse {
  const response = reply(body, 200);
  response.cookies.set(sessionCookieName(), "", { ...sessionCookieOptions(new Date(0)), maxAge: 0 });
  return response;
}

/** The API's one JSON reply (private, never stored), as a NextResponse for its cookie helpers. */
function reply(body: unknown, status: number): NextResponse {
  const json = jsonReply(body, { status });
  return new NextResponse(json.body, { status: json.status, headers: json.headers });
}
