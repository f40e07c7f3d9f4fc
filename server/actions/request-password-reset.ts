"use server";
import "server-only";
import { headers } from "next/headers";
import { signInSchema, fieldErrors } from "@/lib/auth/credentials";
import { getDb } from "@/server/db";
import { requestClientIp } from "@/server/auth/client-ip";
import { serverEnv } from "@/server/env";
import { isAppError } from "@/server/errors";
import { requestPasswordReset } from "@/server/accounts/password-reset";
import { sendMail } from "@/server/mail/send-mail";
import { formValues, type FormState } from "./form-state";

const FIELDS = ["email"] as const;
export type ForgotPasswordState = FormState<(typeof FIELDS)[number]> & { sent?: boolean };

const emailSchema = signInSchema.pick({ email: true });

export async function requestPasswordResetAction(_previous: ForgotPasswordState, formData: FormData): Promise<ForgotPasswordState> {
  const values = formValues(formData, FIELDS);
  const parsed = emailSchema.safeParse(values);
  if (!parsed.success) return { values, errors: fieldErrors(parsed.error) };
  const ip = requestClientIp(await headers());
  try {
    const link = await requestPasswordReset(await getDb(), { email: parsed.data.email, ip, appUrl: serverEnv().APP_URL }, new Date());
    // Not awaited: the answer must not take longer when the email has an account.
    if (link) {
      void sendMail({
        to: link.to,
        subject: "Reset your Dossier password",
        text: `Hello ${link.name},\n\nSomeone (we hope you) asked to reset the password of your Dossier account. Open this link within 30 minutes to choose a new one; it works once:\n\n${link.url}\n\nIf you did not ask, ignore this email: your password stays as it is.\n`,
      }).catch((error: unknown) => console.error("password reset email failed", error));
    }
  } catch (error) {
    if (isAppError(error) && error.code === "rate_limited") return { values, errors: { form: error.message } };
    throw error;
  }
  return { values, errors: {}, sent: true };
}
