import "server-only";

/** What a form action hands back: the values to refill the form and a message per field. */
export type FormState<F extends string> = {
  values: Partial<Record<F, string>>;
  errors: Partial<Record<F | "form", string>>;
};

export function formValues<F extends string>(formData: FormData, fields: readonly F[]): Partial<Record<F, string>> {
  const values: Partial<Record<F, string>> = {};
  for (const field of fields) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value;
  }
  return values;
}
