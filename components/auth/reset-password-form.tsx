"use client";
import { useState } from "react";
import { api, ApiError } from "@/components/api-client";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { AuthFormShell, FormAlert, NeedsJavaScript, useAuthForm } from "./auth-form";
import { fullPageLoad } from "./full-page-load";

export function ResetPasswordForm({ token }: { token: string }) {
  const { formRef, errorFor, formError, hydrated, pending, submit } = useAuthForm();
  // A used or expired link (410): the only way on is a new one.
  const [linkGone, setLinkGone] = useState(false);
  return (
    <AuthFormShell
      formRef={formRef}
      formError={formError}
      fields={["password"]}
      onValues={({ password }) => {
        void submit(() => api.post<{ redirectTo: string }>("/api/auth/password-reset", { token, password }), {
          onSuccess: ({ redirectTo }) => fullPageLoad(redirectTo),
          onRefusal: (error) => setLinkGone(error instanceof ApiError && error.code === "gone"),
          // The token travels with the form but has no control of its own: its problems are the password field's.
          controls: { token: "password" },
        });
      }}
    >
      <NeedsJavaScript what="Setting a new password" />
      <FormAlert message={formError}>
        {linkGone && (
          <>
            {" "}
            <TextLink href="/forgot-password">Ask for a new link</TextLink>
          </>
        )}
      </FormAlert>
      <Field label="New password" name="password" type="password" autoComplete="new-password" required hint={`At least ${MIN_PASSWORD_LENGTH} characters.`} error={errorFor("password")} />
      <Button type="submit" disabled={!hydrated} aria-disabled={pending || undefined}>
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </AuthFormShell>
  );
}
