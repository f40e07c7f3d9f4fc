"use client";
import { api } from "@/components/api-client";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { withReturnPath } from "@/lib/classes/invitation";
import { AuthFormShell, FormAlert, NeedsJavaScript, useAuthForm } from "./auth-form";
import { fullPageLoad } from "./full-page-load";

export function SignInForm({ next }: { next: string | undefined }) {
  const { formRef, errorFor, formError, hydrated, pending, submit } = useAuthForm();
  return (
    <AuthFormShell
      formRef={formRef}
      formError={formError}
      fields={["email", "password"]}
      onValues={(values) => {
        void submit(() => api.post<{ redirectTo: string }>("/api/auth/sign-in", { ...values, next }), {
          onSuccess: ({ redirectTo }) => fullPageLoad(redirectTo),
        });
      }}
    >
      <NeedsJavaScript what="Signing in" />
      <FormAlert message={formError} />
      <Field label="Email" name="email" type="email" autoComplete="email" required error={errorFor("email")} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required error={errorFor("password")} />
      <p className="-mt-2 text-sm">
        <TextLink href="/forgot-password">Forgot your password?</TextLink>
      </p>
      <Button type="submit" disabled={!hydrated} aria-disabled={pending || undefined}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-sm">
        New here? <TextLink href={withReturnPath("/sign-up", next)}>Create an account</TextLink>
      </p>
    </AuthFormShell>
  );
}
