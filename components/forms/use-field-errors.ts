"use client";
import { useCallback, useRef, useState } from "react";
import type { z } from "zod";
import { fieldErrorsFrom } from "@/lib/api/error-body";
import { ApiError } from "@/components/api-client";

export type FieldErrors = Readonly<Record<string, string>>;

/**
 * The one form pattern (docs/decisions/008-route-wrapper.md): the values are checked before sending, and
 * the server's refusal comes back per field; either way each message is shown beside its field
 * (`errorFor(name)`), the first field in error takes focus, and what is left (no connection, a conflict)
 * is the form's own message. The browser's own check is a plain function (`checkWith`): a client
 * component that imports a zod schema brings all of zod into its page (docs/decisions/018-lean-pages-and-the-nonce.md),
 * and the route parses the request with zod anyway.
 */
export function useFieldErrors() {
  const formRef = useRef<HTMLFormElement>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | undefined>();

  const show = useCallback((next: FieldErrors, message?: string) => {
    setFields(next);
    setFormError(message);
    const first = Object.keys(next).find((name) => name !== "");
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`)?.focus();
  }, []);

  /**
   * Shows the messages of a plain check, keyed by control name (fields without a message are fine);
   * true when there are none, so the form may send.
   */
  const checkWith = useCallback(
    (errors: Readonly<Record<string, string | undefined>>): boolean => {
      const found = Object.fromEntries(Object.entries(errors).filter((entry): entry is [string, string] => entry[1] !== undefined));
      show(found);
      return Object.keys(found).length === 0;
    },
    [show],
  );

  /**
   * Parses the values with a zod schema; on failure shows each field's message and returns null. Only
   * where zod is already in the page's bundle; otherwise `checkWith`.
   */
  const check = useCallback(
    <S extends z.ZodType>(schema: S, values: unknown): z.infer<S> | null => {
      const result = schema.safeParse(values);
      if (result.success) {
        show({});
        return result.data;
      }
      show(fieldErrorsFrom(result.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }))));
      return null;
    },
    [show],
  );

  /**
   * Shows a failed call: field issues beside their fields, anything else (or a field this form lacks) as the
   * form's message. `controls` maps an API field to the form's control name where they differ.
   */
  const fail = useCallback(
    (error: unknown, controls: Readonly<Record<string, string>> = {}) => {
      if (!(error instanceof ApiError)) return show({}, "Something went wrong. Try again.");
      const named = Object.fromEntries(
        Object.entries(error.fieldErrors)
          .map(([field, message]) => [controls[field] ?? field, message] as const)
          .filter(([name]) => name !== "" && formRef.current?.querySelector(`[name="${CSS.escape(name)}"]`)),
      );
      show(named, Object.keys(named).length > 0 ? undefined : error.message);
    },
    [show],
  );

  const clear = useCallback(() => show({}), [show]);
  const errorFor = (name: string): string | undefined => fields[name];
  const hasFieldErrors = Object.keys(fields).length > 0;

  return { formRef, errorFor, fields, formError, hasFieldErrors, check, checkWith, fail, clear, show };
}
