"use server";
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signUpSchema, fieldErrors } from "@/lib/auth/credentials";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { getDb } from "@/server/db";
import { registerUser } from "@/server/auth/accounts";
import { requestClientIp } from "@/server/auth/client-ip";
import { SIGN_UP_PER_IP } from "@/server/auth/rate-limit";
import { serverEnv } from "@/server/env";
import { isAppError } from "@/server/errors";
import { establishSession } from "./establish-session";
import { formValues, type FormState } from "./form-state";
import { homeFor, type NavRole } from "@/lib/navigation";

const FIELDS = ["name", "email", "password", "role", "next"] as const;
export type SignUpState = FormState<(typeof FIELDS)[number]> & { existingAccount?: boolean };

export async function signUpAction(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const values = formValues(formData, FIELDS);
  // The password is never sent back to the browser, even to refill the form.
  const echo = { ...values, password: undefined };
  const parsed = signUpSchema.safeParse(values);
  if (!parsed.success) return { values: echo, errors: fieldErrors(parsed.error) };
  const db = await getDb();
  let role: NavRole;
  try {
    const perIp = { ...SIGN_UP_PER_IP, limit: serverEnv().SIGN_UP_PER_IP_PER_HOUR };
    const user = await registerUser(db, parsed.data, requestClientIp(await headers()), new Date(), perIp);
    await establishSession(db, user.id);
    role = user.role;
  } catch (error) {
    if (isAppError(error) && error.code === "conflict") return { values: echo, errors: { email: error.message }, existingAccount: true };
    if (isAppError(error) && (error.code === "rate_limited" || error.code === "unavailable")) return { values: echo, errors: { form: error.message } };
    throw error;
  }
  // A join link's path brings a new student to the class's confirmation step.
  redirect(safeReturnPath(values.next, homeFor(role)));
}
