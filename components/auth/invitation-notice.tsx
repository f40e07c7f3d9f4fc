import type { Invitation } from "@/server/classes/invitation";

/** Shown on the sign-in and sign-up forms when the visitor came from a class's join link. */
export function InvitationNotice({ invitation }: { invitation: Invitation | null }) {
  if (!invitation) return null;
  return (
    <p className="rounded-lg border border-indigo-300 bg-indigo-50 p-3 text-sm text-indigo-950 dark:border-indigo-700 dark:bg-indigo-950 dark:text-indigo-100">
      You&apos;re joining <strong>{invitation.className}</strong> by {invitation.teacherName}. Sign in or create an account, then confirm to join.
    </p>
  );
}
