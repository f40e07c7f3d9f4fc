import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/server/auth/current-user";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { homeFor } from "@/lib/navigation";
import { invitationForReturnPath } from "@/server/classes/invitation-for-return-path";
import { InvitationNotice } from "@/components/auth/invitation-notice";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { next, reset } = await searchParams;
  const user = await getCurrentUser();
  if (user) redirect(safeReturnPath(next, homeFor(user.role)));
  const returnPath = safeReturnPath(next, "") || null;
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-2xl font-bold">Sign in</h1>
      {reset === "done" && (
        <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
          Your password was changed and you were signed out everywhere. Sign in with the new password.
        </p>
      )}
      <InvitationNotice invitation={await invitationForReturnPath(returnPath)} />
      <SignInForm next={returnPath ?? undefined} />
    </div>
  );
}
