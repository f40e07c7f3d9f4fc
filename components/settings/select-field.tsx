import type { SelectHTMLAttributes } from "react";
import { FieldShell, controlClass, describedBy } from "@/components/ui/field-shell";

/** A labelled select with its hint and error tied to it, matching the Field input. */
export function SelectField({
  label,
  name,
  hint,
  error,
  options,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & { label: string; name: string; hint?: string; error?: string | undefined; options: { value: string; label: string }[] }) {
  return (
    <FieldShell label={label} name={name} hint={hint} error={error}>
      <select id={name} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(name, error, hint)} className={controlClass} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
