import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { SessionUser } from "./accounts";
import { acceptSessionRow, type SessionRow } from "./sessions";

/**
 * Who may call a route: anyone, anyone signed in, or exactly one role. A role added to the schema
 * (say "editor") becomes a valid `access` here with no change to this file.
 */
export type Access = "anonymous" | "signed-in" | SessionUser["role"];

export type UserFor<A extends Access> = A extends "anonymous" ? SessionUser | null : A extends "signed-in" ? SessionUser : SessionUser & { role: A };

/** Anonymous → 401 (unless anyone may call), another role → 403. */
export function checkAccess<A extends Access>(user: SessionUser | null, access: A): UserFor<A> {
  if (access === "anonymous") return user as UserFor<A>;
  if (!user) throw new AppError("unauthenticated", "Sign in to continue.");
  if (access !== "signed-in" && user.role !== access) throw new AppError("forbidden", `This is only for ${access}s.`);
  return user as UserFor<A>;
}

/**
 * A session cookie that a route passed on unchecked (`deferSession`), so that a hot path can read the
 * session in its own first query instead of a query of its own. The service must read the session row
 * by `tokenHash`, scope everything else in that query to the row's user, and call
 * `acceptDeferredSession` before using anything it read.
 */
export interface DeferredSession<A extends Access = Access> {
  tokenHash: string;
  access: A;
}

/** The same checks a route makes itself: a live session (renewed when due), then the role. */
export async function acceptDeferredSession<A extends Access>(db: Db, session: DeferredSession<A>, row: SessionRow | undefined, now: Date): Promise<UserFor<A>> {
  return checkAccess(await acceptSessionRow(db, row, now), session.access);
}
