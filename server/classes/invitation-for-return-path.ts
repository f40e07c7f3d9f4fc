import "server-only";
import { getDb } from "@/server/db";
import { joinCodeFromReturnPath } from "@/lib/classes/invitation";
import { previewInvitation, type Invitation } from "./invitation";

/** For the auth pages: the class a `next=/join/<code>` return path invites to, if the code works. */
export async function invitationForReturnPath(next: string | null): Promise<Invitation | null> {
  const code = joinCodeFromReturnPath(next);
  if (!code) return null;
  return previewInvitation(await getDb(), code, new Date());
}
