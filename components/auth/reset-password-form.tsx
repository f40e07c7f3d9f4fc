"use client";
import { useActionState } from "react";
import { resetPasswordAction, type ResetPasswordState } from "@/server/actions/reset-password";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/credentials";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<ResetPasswordState, FormData>(resetPasswordAction, { values: { token }, errors: {} });
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      {state.errors.form && (
        <p role="alert" className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm text-rose-800 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-200">
          {state.errors.form} <TextLink href="/forgot-password">Ask for a new link</TextLink>
        </p>
      )}
      <input type="hidden" name="token" value={state.values.token ?? ""} />
      <Field label="New password" name="password" type="password" autoComplete="new-password" required hint={`At least ${MIN_PASSWORD_LENGTH} characters.`} error={state.errors.password ?? state.errors.token} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
