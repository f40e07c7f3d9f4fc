import type { Metadata } from "next";
import { getDb } from "@/server/db";
import { resetTokenUsable, RESET_LINK_UNUSABLE } from "@/server/accounts/password-reset";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { TextLink } from "@/components/ui/text-link";

// The token is in the address: never send it on to another site as a referrer.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && token.length <= 200 && (await resetTokenUsable(await getDb(), token, new Date()));
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-2xl font-bold">Choose a new password</h1>
      {usable ? (
        <>
          <p className="text-slate-700 dark:text-slate-300">Saving it signs you out on every device; then sign in with the new password.</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <p role="alert">
          {RESET_LINK_UNUSABLE} <TextLink href="/forgot-password">Ask for a new link</TextLink>
        </p>
      )}
    </div>
  );
}
