import "server-only";
import type { Db } from "@/server/db";

/**
 * Signed-out visitors see which class a join link is for. It is a GET, so it records no rate-limit
 * hits (issue 11): guessing gains nothing here, since join codes carry ~50 random bits and joining
 * itself is limited per student (JOIN_CODE_PER_USER).
 */
export type Invitation = { className: string; teacherName: string };

/** The class a join code invites to, or null when the code does not work. */
export async function previewInvitation(db: Db, code: string, now: Date): Promise<Invitation | null> {
  const found = await db.class.findUnique({
    where: { joinCode: code },
    select: { name: true, joinCodeEnabled: true, joinCodeExpires: true, teacher: { select: { name: true } } },
  });
  if (!found || !found.joinCodeEnabled || (found.joinCodeExpires && found.joinCodeExpires.getTime() <= now.getTime())) return null;
  return { className: found.name, teacherName: found.teacher.name };
}
