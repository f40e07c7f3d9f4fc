"use server";
import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signUpSchema, fieldErrors } from "@/lib/auth/credentials";
import { getDb } from "@/server/db";
import { isAppError } from "@/server/errors";
import { resetPassword } from "@/server/accounts/password-reset";
import { clearSessionCookie } from "./establish-session";
import { formValues, type FormState } from "./form-state";

const FIELDS = ["token", "password"] as const;
export type ResetPasswordState = FormState<(typeof FIELDS)[number]>;

const resetSchema = z.object({
  token: z.string().min(1, "This reset link is incomplete. Open the link from the email again.").max(200, "This reset link is not valid."),
  password: signUpSchema.shape.password,
});

export async function resetPasswordAction(_previous: ResetPasswordState, formData: FormData): Promise<ResetPasswordState> {
  const values = formValues(formData, FIELDS);
  const echo = { token: values.token };
  const parsed = resetSchema.safeParse(values);
  if (!parsed.success) return { values: echo, errors: fieldErrors(parsed.error) };
  try {
    await resetPassword(await getDb(), parsed.data, new Date());
  } catch (error) {
    if (isAppError(error) && (error.code === "gone" || error.code === "unavailable")) return { values: echo, errors: { form: error.message } };
    throw error;
  }
  // Every session of the account has ended, this browser's too.
  await clearSessionCookie();
  redirect("/sign-in?reset=done");
}
