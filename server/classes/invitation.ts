import "server-only";
import type { Db } from "@/server/db";
import { recordHit, retryAfterMinutes, type WindowRule } from "@/server/auth/rate-limit";

/**
 * Signed-out visitors see which class a join link is for. Only failed lookups count, per IP,
 * so the sign-in page cannot be used to try codes faster than the signed-in join form allows.
 */
export const INVITATION_PREVIEW_PER_IP: WindowRule = { kind: "window", bucket: "invitation:ip", limit: 20, windowMs: 15 * 60_000 };

export type Invitation = { className: string; teacherName: string };

/** The class a join code invites to, or null when the code does not work (or too many did not). */
export async function previewInvitation(db: Db, code: string, ip: string, now: Date): Promise<Invitation | null> {
  if ((await retryAfterMinutes(db, INVITATION_PREVIEW_PER_IP, ip, now)) !== null) return null;
  const found = await db.class.findUnique({
    where: { joinCode: code },
    select: { name: true, joinCodeEnabled: true, joinCodeExpires: true, teacher: { select: { name: true } } },
  });
  if (!found || !found.joinCodeEnabled || (found.joinCodeExpires && found.joinCodeExpires.getTime() <= now.getTime())) {
    await recordHit(db, INVITATION_PREVIEW_PER_IP, ip, now);
    return null;
  }
  return { className: found.name, teacherName: found.teacher.name };
}
