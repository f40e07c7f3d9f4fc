import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/server/auth/current-user";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { homeFor } from "@/lib/navigation";
import { InvitationNotice } from "@/components/auth/invitation-notice";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { invitationForReturnPath } from "@/server/classes/invitation-for-return-path";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { next } = await searchParams;
  const user = await getCurrentUser();
  if (user) redirect(safeReturnPath(next, homeFor(user.role)));
  // Carried through the form so a join link survives sign-up: the new student lands on the join step.
  const returnPath = safeReturnPath(next, "") || null;
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-2xl font-bold">Create your account</h1>
      <InvitationNotice invitation={await invitationForReturnPath(returnPath)} />
      <SignUpForm next={returnPath ?? undefined} />
    </div>
  );
}
