"use client";
import { useActionState } from "react";
import { signUpAction, type SignUpState } from "@/server/actions/sign-up";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/credentials";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { withReturnPath } from "@/lib/classes/invitation";

export function SignUpForm({ next }: { next: string | undefined }) {
  const [state, action, pending] = useActionState<SignUpState, FormData>(signUpAction, { values: { role: "student", next }, errors: {} });
  // The key remounts the fields with the returned values after React resets the form.
  const key = JSON.stringify(state.values);
  return (
    <form action={action} noValidate className="flex flex-col gap-4" key={key} aria-describedby={state.errors.form ? "form-error" : undefined}>
      {state.errors.form && (
        <p id="form-error" role="alert" className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm text-rose-800 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-200">
          {state.errors.form}
        </p>
      )}
      <input type="hidden" name="next" value={state.values.next ?? ""} />
      <Field label="Name" name="name" autoComplete="name" required defaultValue={state.values.name} error={state.errors.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values.email} error={state.errors.email} />
      {state.existingAccount && (
        <p className="-mt-2 flex flex-wrap gap-x-4 text-sm">
          <TextLink href={withReturnPath("/sign-in", state.values.next)}>Sign in instead</TextLink>
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
        error={state.errors.password}
      />
      <fieldset className="flex flex-col gap-2" aria-describedby={state.errors.role ? "role-error" : undefined}>
        <legend className="text-sm font-medium">I am a</legend>
        <div className="flex gap-4">
          {(["student", "teacher"] as const).map((role) => (
            <label key={role} className="flex min-h-11 items-center gap-2 capitalize">
              <input type="radio" name="role" value={role} defaultChecked={(state.values.role ?? "student") === role} className="h-5 w-5" />
              {role}
            </label>
          ))}
        </div>
        {state.errors.role && (
          <p id="role-error" className="text-sm text-rose-700 dark:text-rose-400">
            {state.errors.role}
          </p>
        )}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </Button>
      <p className="text-sm">
        Already have an account?{" "}
        <TextLink href={withReturnPath("/sign-in", state.values.next)}>
          Sign in
        </TextLink>
      </p>
    </form>
  );
}
