"use client";
import type { ReactNode } from "react";
import { clearLocalData } from "@/lib/auth/local-data";
import { forgetOfflineData } from "@/components/offline/forget-device";

function forgetThisBrowser() {
  try {
    clearLocalData([window.localStorage, window.sessionStorage]);
  } catch {
    /* storage blocked: there is nothing stored to forget */
  }
  forgetOfflineData();
}

/** A sign-out form that also drops this app's drafts, unsent answers, saved queues and cached pages from the browser. */
export function SignOutForm({ action, children, className }: { action: () => Promise<void>; children: ReactNode; className?: string }) {
  return (
    <form action={action} onSubmit={forgetThisBrowser} className={className}>
      {children}
    </form>
  );
}
