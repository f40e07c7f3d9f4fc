"use server";
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signInSchema, fieldErrors } from "@/lib/auth/credentials";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { getDb } from "@/server/db";
import { authenticate } from "@/server/auth/accounts";
import { requestClientIp } from "@/server/auth/client-ip";
import { isAppError } from "@/server/errors";
import { establishSession } from "./establish-session";
import { formValues, type FormState } from "./form-state";
import { homeFor, type NavRole } from "@/lib/navigation";

const FIELDS = ["email", "password", "next"] as const;
export type SignInState = FormState<(typeof FIELDS)[number]>;

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const values = formValues(formData, FIELDS);
  const echo = { email: values.email, next: values.next };
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return { values: echo, errors: fieldErrors(parsed.error) };
  const db = await getDb();
  const ip = requestClientIp(await headers());
  let role: NavRole;
  try {
    const user = await authenticate(db, parsed.data, ip, new Date());
    await establishSession(db, user.id);
    role = user.role;
  } catch (error) {
    if (isAppError(error) && (error.code === "unauthenticated" || error.code === "rate_limited" || error.code === "unavailable")) {
      return { values: echo, errors: { form: error.message } };
    }
    throw error;
  }
  redirect(safeReturnPath(values.next, homeFor(role)));
}
