import type { InputHTMLAttributes } from "react";
import { FieldShell, controlClass, describedBy } from "./field-shell";

/** A labelled input with its hint and error tied to it for screen readers. */
export function Field({ label, name, error, hint, ...input }: InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string | undefined; hint?: string }) {
  return (
    <FieldShell label={label} name={name} hint={hint} error={error}>
      <input id={name} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(name, error, hint)} className={controlClass} {...input} />
    </FieldShell>
  );
}
