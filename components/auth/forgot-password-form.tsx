"use client";
import { useState } from "react";
import { api } from "@/components/api-client";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { AuthFormShell, FormAlert, NeedsJavaScript, useAuthForm } from "./auth-form";

export function ForgotPasswordForm() {
  const { formRef, errorFor, formError, hydrated, pending, submit } = useAuthForm();
  const [sent, setSent] = useState(false);
  return (
    <AuthFormShell
      formRef={formRef}
      formError={formError}
      fields={["email"]}
      onValues={(values) => {
        setSent(false);
        void submit(() => api.post<{ sent: true }>("/api/auth/password-reset/request", values), { onSuccess: () => setSent(true), staysOnPage: true });
      }}
    >
      <NeedsJavaScript what="Asking for a reset link" />
      <FormAlert message={formError} />
      <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
        {sent
          ? "If an account uses that email, we have sent it a link to choose a new password. The link works once, for 30 minutes. Check your spam folder too."
          : ""}
      </p>
      <Field label="Email" name="email" type="email" autoComplete="email" required error={errorFor("email")}
        hint="The email you signed up with. No email? Your teacher can make a reset link for you." />
      <Button type="submit" disabled={!hydrated} aria-disabled={pending || undefined}>
        {pending ? "Sending…" : "Send reset link"}
      </Button>
      <p className="text-sm">
        Remembered it? <TextLink href="/sign-in">Sign in</TextLink>
      </p>
    </AuthFormShell>
  );
}
