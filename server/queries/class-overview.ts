import "server-only";
import { canonicalTimeZone, DEFAULT_TIME_ZONE } from "@/lib/time/time-zones";
import type { Db } from "@/server/db";
import { studyDayOf, studyDayStart } from "@/lib/srs";
import type { AssignmentKind } from "@/lib/classes/inputs";

export type ClassAssignmentSummary = {
  id: string;
  topicSetId: string;
  topicSetName: string;
  topicIds: string[];
  kind: AssignmentKind;
  startsAt: Date;
  dueAt: Date;
  questionCount: number;
  timeLimitMinutes: number | null;
  archivedAt: Date | null;
};

export type ClassOverview = {
  id: string;
  name: string;
  examYear: number;
  joinCode: string;
  joinCodeEnabled: boolean;
  joinCodeExpires: Date | null;
  memberCount: number;
  assignments: ClassAssignmentSummary[];
  /** The teacher's zone: dates on their pages, and where "today" starts for overdue cards. */
  timeZone: string;
  startOfToday: Date;
};

/** One of the teacher's classes with its assignments (archived last), or null when it is not theirs. */
export async function getClassOverview(db: Db, teacherId: string, classId: string, now: Date): Promise<ClassOverview | null> {
  const found = await db.class.findFirst({
    where: { id: classId, teacherId },
    select: {
      id: true,
      name: true,
      examYear: true,
      joinCode: true,
      joinCodeEnabled: true,
      joinCodeExpires: true,
      _count: { select: { members: true } },
      teacher: { select: { settings: { select: { timeZone: true, dayStartHour: true } } } },
      assignments: {
        orderBy: [{ dueAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          startsAt: true,
          dueAt: true,
          questionIds: true,
          timeLimitMinutes: true,
          archivedAt: true,
          topicSet: { select: { id: true, name: true, topicIds: true } },
        },
      },
    },
  });
  if (!found) return null;
  const timeZone = canonicalTimeZone(found.teacher.settings?.timeZone ?? DEFAULT_TIME_ZONE);
  const dayStartHour = found.teacher.settings?.dayStartHour ?? 4;
  const assignments = found.assignments.map((a) => ({
    id: a.id,
    topicSetId: a.topicSet.id,
    topicSetName: a.topicSet.name,
    topicIds: a.topicSet.topicIds,
    kind: a.kind,
    startsAt: a.startsAt,
    dueAt: a.dueAt,
    questionCount: a.questionIds.length,
    timeLimitMinutes: a.timeLimitMinutes,
    archivedAt: a.archivedAt,
  }));
  return {
    id: found.id,
    name: found.name,
    examYear: found.examYear,
    joinCode: found.joinCode,
    joinCodeEnabled: found.joinCodeEnabled,
    joinCodeExpires: found.joinCodeExpires,
    memberCount: found._count.members,
    assignments: [...assignments.filter((a) => !a.archivedAt), ...assignments.filter((a) => a.archivedAt)],
    timeZone,
    startOfToday: studyDayStart(studyDayOf(now, timeZone, dayStartHour), timeZone, dayStartHour),
  };
}
