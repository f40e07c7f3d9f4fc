"use client";
import { useActionState } from "react";
import { requestPasswordResetAction, type ForgotPasswordState } from "@/server/actions/request-password-reset";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState<ForgotPasswordState, FormData>(requestPasswordResetAction, { values: {}, errors: {} });
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      {state.errors.form && (
        <p role="alert" className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm text-rose-800 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-200">
          {state.errors.form}
        </p>
      )}
      <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
        {state.sent
          ? "If an account uses that email, we have sent it a link to choose a new password. The link works once, for 30 minutes. Check your spam folder too."
          : ""}
      </p>
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values.email} error={state.errors.email}
        hint="The email you signed up with. No email? Your teacher can make a reset link for you." />
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Send reset link"}
      </Button>
      <p className="text-sm">
        Remembered it? <TextLink href="/sign-in">Sign in</TextLink>
      </p>
    </form>
  );
}
