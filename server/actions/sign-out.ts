"use server";
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/server/db";
import { requireUser, sessionCookieName } from "@/server/auth/current-user";
import { deleteSession, deleteAllSessions } from "@/server/auth/sessions";
import { clearSessionCookie } from "./establish-session";

export async function signOutAction(): Promise<void> {
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (token) await deleteSession(await getDb(), token);
  await clearSessionCookie();
  redirect("/");
}

/** Ends every session of the signed-in user, on every device, including this one. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser();
  await deleteAllSessions(await getDb(), user.id);
  await clearSessionCookie();
  redirect("/sign-in");
}
