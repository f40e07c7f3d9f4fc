"use client";
import { useState } from "react";
import { api, ApiError } from "@/components/api-client";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { withReturnPath } from "@/lib/classes/invitation";
import { AuthFormShell, FormAlert, NeedsJavaScript, useAuthForm } from "./auth-form";
import { fullPageLoad } from "./full-page-load";

export function SignUpForm({ next }: { next: string | undefined }) {
  const { formRef, errorFor, formError, hydrated, pending, submit } = useAuthForm();
  const [existingAccount, setExistingAccount] = useState(false);
  const roleError = errorFor("role");
  return (
    <AuthFormShell
      formRef={formRef}
      formError={formError}
      fields={["name", "email", "password", "role"]}
      onValues={(values) => {
        setExistingAccount(false);
        void submit(() => api.post<{ redirectTo: string }>("/api/auth/sign-up", { ...values, next }), {
            onSuccess: ({ redirectTo }) => fullPageLoad(redirectTo),
          onRefusal: (error) => setExistingAccount(error instanceof ApiError && error.code === "conflict"),
        });
      }}
    >
      <NeedsJavaScript what="Creating an account" />
      <FormAlert message={formError} />
      <Field label="Name" name="name" autoComplete="name" required error={errorFor("name")} />
      <Field label="Email" name="email" type="email" autoComplete="email" required error={errorFor("email")} />
      {existingAccount && (
        <p className="-mt-2 flex flex-wrap gap-x-4 text-sm">
          <TextLink href={withReturnPath("/sign-in", next)}>Sign in instead</TextLink>
          <TextLink href="/forgot-password">Forgot your password?</TextLink>
        </p>
      )}
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={errorFor("password")}
      />
      <fieldset className="flex flex-col gap-2" aria-describedby={roleError ? "role-error" : undefined}>
        <legend className="text-sm font-medium">I am a</legend>
        <div className="flex gap-4">
          {(["student", "teacher"] as const).map((role) => (
            <label key={role} className="flex min-h-11 items-center gap-2 capitalize">
              <input type="radio" name="role" value={role} defaultChecked={role === "student"} className="h-5 w-5" />
              {role}
            </label>
          ))}
        </div>
        {roleError && (
          <p id="role-error" className="text-sm text-rose-700 dark:text-rose-400">
            {roleError}
          </p>
        )}
      </fieldset>
      <Button type="submit" disabled={!hydrated} aria-disabled={pending || undefined}>
        {pending ? "Creating account…" : "Create account"}
      </Button>
      <p className="text-sm">
        Already have an account? <TextLink href={withReturnPath("/sign-in", next)}>Sign in</TextLink>
      </p>
    </AuthFormShell>
  );
}
