"use client";
import { useState, type ReactNode, type RefObject } from "react";
import { ApiError } from "@/components/api-client";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { useHydrated } from "@/components/forms/use-hydrated";

/**
 * The auth forms' one submit path over `useFieldErrors` (docs/decisions/008-route-wrapper.md): the
 * route's refusal goes beside its fields or, for wrong credentials, a rate limit or a busy server, into
 * the form's alert. Typed values stay (the inputs are the browser's own), except passwords, which are
 * cleared after any refusal and take focus when nothing else did. A success keeps the form pending
 * (the page is navigating away) unless `staysOnPage`.
 */
export function useAuthForm() {
  const fields = useFieldErrors();
  const hydrated = useHydrated();
  const [pending, setPending] = useState(false);

  async function submit<T>(send: () => Promise<T>, then: SubmitOptions<T>) {
    const { onSuccess, onRefusal, controls, staysOnPage = false } = then;
    if (pending) return;
    fields.clear();
    setPending(true);
    let reply: T;
    try {
      reply = await send();
    } catch (error) {
      setPending(false);
      const form = fields.formRef.current;
      const passwords = [...(form?.querySelectorAll<HTMLInputElement>('input[type="password"]') ?? [])];
      for (const input of passwords) input.value = "";
      onRefusal?.(error);
      fields.fail(error, controls);
      // `fail` focuses the first field in error; with none (wrong credentials), the emptied password is next to type.
      const named = (field: string) => form?.querySelector(`[name="${CSS.escape(controls?.[field] ?? field)}"]`);
      if (!(error instanceof ApiError && Object.keys(error.fieldErrors).some(named))) passwords[0]?.focus();
      return;
    }
    if (staysOnPage) setPending(false);
    onSuccess(reply);
  }

  return { ...fields, hydrated, pending, submit };
}

type SubmitOptions<T> = {
  onSuccess: (reply: T) => void;
  /** Runs before the refusal is shown, e.g. to offer "Sign in instead" for a taken email. */
  onRefusal?: (error: unknown) => void;
  /** An API field → the form control showing its message, where the names differ. */
  controls?: Readonly<Record<string, string>>;
  staysOnPage?: boolean;
};

/** The named text values of a submitted form; a missing one (no radio of a group checked) is "". */
export function formStrings<F extends string>(form: HTMLFormElement, names: readonly F[]): Record<F, string> {
  const data = new FormData(form);
  return Object.fromEntries(names.map((name) => [name, String(data.get(name) ?? "")])) as Record<F, string>;
}

/**
 * The auth forms' <form>: no native validation (the route's messages go beside the fields), the alert
 * as its description, and the named values handed to `onValues` on submit.
 */
export function AuthFormShell<F extends string>(props: {
  formRef: RefObject<HTMLFormElement | null>;
  formError: string | undefined;
  fields: readonly F[];
  onValues: (values: Record<F, string>) => void;
  children: ReactNode;
}) {
  const { formRef, formError, fields, onValues, children } = props;
  return (
    <form
      ref={formRef}
      method="post"
      noValidate
      className="flex flex-col gap-4"
      aria-describedby={formError ? "form-error" : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        onValues(formStrings(event.currentTarget, fields));
      }}
    >
      {children}
    </form>
  );
}

/** The form-level message: wrong credentials, a rate limit, a busy server, no connection. */
export function FormAlert({ message, children }: { message: string | undefined; children?: ReactNode }) {
  if (!message) return null;
  return (
    <p id="form-error" role="alert" className="rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm text-rose-800 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-200">
      {message}
      {children}
    </p>
  );
}

/** These forms send JSON from script (the API refuses plain form posts), so without JavaScript they say so. */
export function NeedsJavaScript({ what }: { what: string }) {
  return (
    <noscript>
      <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
        {what} needs JavaScript. Turn it on in your browser and reload this page.
      </p>
    </noscript>
  );
}
