import "server-only";
import { headers } from "next/headers";
import { getDb } from "@/server/db";
import { requestClientIp } from "@/server/auth/client-ip";
import { joinCodeFromReturnPath } from "@/lib/classes/invitation";
import { previewInvitation, type Invitation } from "./invitation";

/** For the auth pages: the class a `next=/join/<code>` return path invites to, if the code works. */
export async function invitationForReturnPath(next: string | null): Promise<Invitation | null> {
  const code = joinCodeFromReturnPath(next);
  if (!code) return null;
  const ip = requestClientIp(await headers());
  return previewInvitation(await getDb(), code, ip, new Date());
}
