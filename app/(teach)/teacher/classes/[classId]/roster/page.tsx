import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { getClassRoster } from "@/server/queries/class-roster";
import { getUserTimeZone } from "@/server/queries/user-time-zone";
import { formatDueDate } from "@/lib/format/dates";
import { RosterTable } from "@/components/teacher/roster-table";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Class roster" };

export default async function RosterPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requirePageUser("teacher", `/teacher/classes/${classId}/roster`);
  const db = await getDb();
  const roster = await getClassRoster(db, user.id, classId);
  if (!roster) notFound();
  const timeZone = await getUserTimeZone(db, user.id);
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <TextLink href={`/teacher/classes/${classId}`}>
          Back to {roster.className}
        </TextLink>
      </p>
      <h1 className="text-2xl font-bold">Roster: {roster.className}</h1>
      <p className="text-slate-700 dark:text-slate-300">{roster.students.length === 1 ? "1 student" : `${roster.students.length} students`}</p>
      <RosterTable
        classId={classId}
        rows={roster.students.map((s) => ({ studentId: s.studentId, name: s.name, email: s.email, joinedLabel: formatDueDate(s.joinedAt, timeZone) }))}
      />
    </div>
  );
}
