"use server";
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/server/db";
import { requireUser, sessionCookieName, sessionCookieOptions } from "@/server/auth/current-user";
import { deleteSession, deleteAllSessions } from "@/server/auth/sessions";

async function forgetCookie(jar: Awaited<ReturnType<typeof cookies>>) {
  // Set with the same attributes it was issued with: a `__Host-` cookie is only replaced by a Secure one.
  jar.set(sessionCookieName(), "", { ...sessionCookieOptions(new Date(0)), maxAge: 0 });
}

export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(sessionCookieName())?.value;
  if (token) await deleteSession(await getDb(), token);
  await forgetCookie(jar);
  redirect("/");
}

/** Ends every session of the signed-in user, on every device, including this one. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser();
  await deleteAllSessions(await getDb(), user.id);
  await forgetCookie(await cookies());
  redirect("/sign-in");
}
