"use client";
import { useOnline } from "./use-online";

/**
 * Says when the device is offline and how many answers wait on it. TanStack Query holds the answers
 * while offline and sends them, in order, once the browser is back online.
 */
export function OfflineBanner({ waiting }: { waiting: number }) {
  const online = useOnline();
  return (
    <div role="status" aria-live="polite">
      {!online && (
        <p className="rounded-lg bg-slate-800 px-3 py-2 text-sm text-white dark:bg-slate-200 dark:text-slate-900">
          You are offline.{" "}
          {waiting === 0
            ? "Your answers will be kept on this device until you are back online."
            : `${waiting === 1 ? "1 answer waits" : `${waiting} answers wait`} to sync; they are sent when you are back online.`}
        </p>
      )}
    </div>
  );
}
