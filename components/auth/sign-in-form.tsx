"use client";
import { useActionState } from "react";
import { signInAction, type SignInState } from "@/server/actions/sign-in";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { withReturnPath } from "@/lib/classes/invitation";

export function SignInForm({ next }: { next: string | undefined }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { values: { next }, errors: {} });
  return (
    <form action={action} noValidate className="flex flex-col gap-4" aria-describedby={state.errors.form ? "form-error" : undefined}>
      {state.errors.form && (
        <p id="form-error" role="alert" className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm text-rose-800 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-200">
          {state.errors.form}
        </p>
      )}
      <input type="hidden" name="next" value={state.values.next ?? ""} />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values.email} error={state.errors.email} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required error={state.errors.password} />
      <p className="-mt-2 text-sm">
        <TextLink href="/forgot-password">Forgot your password?</TextLink>
      </p>
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-sm">
        New here?{" "}
        <TextLink href={withReturnPath("/sign-up", state.values.next)}>
          Create an account
        </TextLink>
      </p>
    </form>
  );
}
