/** An error or confirmation line that screen readers announce when it appears. */
export function AlertText({ error, success }: { error?: string | null | undefined; success?: string | null | undefined }) {
  if (error) {
    return (
      <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
        {error}
      </p>
    );
  }
  if (success) {
    return (
      <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
        {success}
      </p>
    );
  }
  return null;
}
