"use client";
import { useState, type ReactNode } from "react";
import { api, ApiError } from "@/components/api-client";
import { useHydrated } from "@/components/forms/use-hydrated";
import { clearLocalData } from "@/lib/auth/local-data";
import { forgetOfflineData } from "@/components/offline/forget-device";
import { fullPageLoad } from "./full-page-load";

function forgetThisBrowser() {
  try {
    clearLocalData([window.localStorage, window.sessionStorage]);
  } catch {
    /* storage blocked: there is nothing stored to forget */
  }
  forgetOfflineData();
}

/**
 * Signs out (this browser, or `everywhere`), then drops this app's drafts, unsent answers, saved queues
 * and cached pages from the browser and opens the server's next page with a full load. The data is
 * forgotten only once the server has ended the session: a failed call leaves the student signed in
 * with their unsent work, and says so. Before hydration the button is disabled: the route takes only
 * JSON, which a plain HTML form cannot send (docs/decisions/008-route-wrapper.md).
 */
export function SignOutForm({ everywhere = false, className, buttonClassName, children }: { everywhere?: boolean; className?: string; buttonClassName: string; children: ReactNode }) {
  const hydrated = useHydrated();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>();
  async function signOut() {
    if (pending) return;
    setPending(true);
    setError(undefined);
    let redirectTo: string;
    try {
      ({ redirectTo } = await api.post<{ redirectTo: string }>(everywhere ? "/api/auth/sign-out-everywhere" : "/api/auth/sign-out"));
    } catch (failure) {
      // Already signed out (the session expired or ended elsewhere): nothing is left to end on the server.
      if (failure instanceof ApiError && failure.status === 401) {
        redirectTo = "/sign-in";
      } else {
        setPending(false);
        setError(failure instanceof ApiError ? failure.message : "Signing out failed. Try again.");
        return;
      }
    }
    forgetThisBrowser();
    fullPageLoad(redirectTo);
  }
  return (
    <form
      method="post"
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        void signOut();
      }}
    >
      <button type="submit" className={buttonClassName} disabled={!hydrated} aria-disabled={pending || undefined}>
        {children}
      </button>
      {error && (
        <span role="alert" className="ml-2 text-sm text-rose-700 dark:text-rose-400">
          {error}
        </span>
      )}
      <noscript>
        <span className="ml-2 text-sm">(needs JavaScript)</span>
      </noscript>
    </form>
  );
}
