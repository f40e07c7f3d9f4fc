import { Button } from "@/components/ui/button";

/** Says plainly when answers have not reached the server yet, and offers a retry once retries ran out. */
export function SaveStatus({
  retrying,
  failedCount,
  onRetry,
  notice,
  onDismiss,
}: {
  retrying: boolean;
  failedCount: number;
  onRetry: () => void;
  notice: string | null;
  onDismiss: () => void;
}) {
  return (
    <div className="flex flex-col gap-2">
      <div role="status" aria-live="polite">
        {retrying && failedCount === 0 && (
          <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
            Not saved yet — retrying…
          </p>
        )}
      </div>
      {failedCount > 0 && (
        <div role="alert" className="flex flex-wrap items-center gap-3 rounded-lg border border-rose-300 bg-rose-50 px-3 py-2 text-sm dark:border-rose-800 dark:bg-rose-950">
          <p className="flex-1">
            {failedCount === 1 ? "One answer has" : `${failedCount} answers have`} not been saved: the server could not be
            reached. They are kept on this device until they are.
          </p>
          <Button variant="secondary" onClick={onRetry}>
            Retry
          </Button>
        </div>
      )}
      {notice && (
        <div role="alert" className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-900">
          <p className="flex-1">{notice}</p>
          <Button variant="secondary" onClick={onDismiss}>
            Dismiss
          </Button>
        </div>
      )}
    </div>
  );
}
