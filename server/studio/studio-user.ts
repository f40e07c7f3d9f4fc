import "server-only";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/server/auth/current-user";
import type { SessionUser } from "@/server/auth/accounts";
import { AppError } from "@/server/errors";

/** Someone who may write in the studio: an editor (public catalogue) or a teacher (their own classes). */
export type StudioUser = SessionUser & { role: "editor" | "teacher" };

export function asStudioUser(user: SessionUser): StudioUser {
  if (user.role !== "editor" && user.role !== "teacher") throw new AppError("forbidden", "The studio is for editors and teachers.");
  return user as StudioUser;
}

/** For studio pages: anonymous visitors sign in first, students go to their dashboard. */
export async function requireStudioPageUser(returnTo: string): Promise<StudioUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  if (user.role !== "editor" && user.role !== "teacher") redirect("/dashboard");
  return user as StudioUser;
}
