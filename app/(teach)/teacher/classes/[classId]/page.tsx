import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { getClassDashboard } from "@/server/queries/class-dashboard";
import { getTeacherTopicSets } from "@/server/queries/teacher-topic-sets";
import { classTable, assignmentTitle } from "@/lib/classes/class-table";
import { formatDueDate } from "@/lib/format/dates";
import { offsetLabel } from "@/lib/time/time-zones";
import { JoinCodePanel } from "@/components/teacher/join-code-panel";
import { AssignmentForm } from "@/components/teacher/assignment-form";
import { AssignmentList, type AssignmentItem } from "@/components/teacher/assignment-list";
import { ClassProgressTable } from "@/components/teacher/class-progress-table";
import { RecallHeatmap, RecallLegend } from "@/components/teacher/recall-heatmap";
import { buttonClass } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Class dashboard" };

const KIND_LABELS = { review: "Review", practice: "Practice test", both: "Review and test" } as const;

async function siteOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const user = await requirePageUser("teacher", `/teacher/classes/${classId}`);
  const db = await getDb();
  const now = new Date();
  // Another teacher's class (or none) is a 404: the page does not say whether it exists.
  const dashboard = await getClassDashboard(db, user.id, classId, now);
  if (!dashboard) notFound();
  const { overview, progress, topics } = dashboard;
  const sets = await getTeacherTopicSets(db, user.id);
  const table = classTable(progress, now, overview.timeZone);
  // Forms read typed dates in the zone the dashboard shows them in, and say which.
  const zoneLabel = `Times in ${overview.timeZone.replaceAll("_", " ")} (${offsetLabel(now, overview.timeZone)}), your time zone in Settings`;
  const items: AssignmentItem[] = overview.assignments.map((a) => ({
    id: a.id,
    title: assignmentTitle({ ...a, totalCards: 0 }, overview.timeZone),
    details: `${KIND_LABELS[a.kind]}${a.questionCount > 0 ? ` · ${a.questionCount} questions${a.timeLimitMinutes ? ` in ${a.timeLimitMinutes} min` : ""}` : ""}`,
    startsLabel: formatDueDate(a.startsAt, overview.timeZone),
    dueLabel: formatDueDate(a.dueAt, overview.timeZone),
    dueAt: a.dueAt.toISOString(),
    archived: a.archivedAt !== null,
    analysisHref: a.questionCount > 0 ? `/teacher/classes/${classId}/assignments/${a.id}` : null,
  }));

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <p className="text-sm">
          <TextLink href="/teacher">
            Your classes
          </TextLink>
        </p>
        <h1 className="text-2xl font-bold">{overview.name}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Exam {overview.examYear} · {overview.memberCount === 1 ? "1 student" : `${overview.memberCount} students`}
        </p>
        <div className="flex flex-wrap gap-2">
          <Link href={`/teacher/classes/${classId}/roster`} className={buttonClass("secondary")}>
            Roster
          </Link>
          <a href={`/api/classes/${classId}/export`} download className={buttonClass("secondary")}>
            Export CSV
          </a>
        </div>
      </div>

      <JoinCodePanel
        classId={classId}
        origin={await siteOrigin()}
        initial={{ joinCode: overview.joinCode, joinCodeEnabled: overview.joinCodeEnabled, joinCodeExpires: overview.joinCodeExpires?.toISOString() ?? null }}
        expiresLabel={overview.joinCodeExpires ? formatDueDate(overview.joinCodeExpires, overview.timeZone) : null}
        timeZone={overview.timeZone}
        zoneLabel={zoneLabel}
      />

      <section aria-labelledby="progress-heading" className="flex flex-col gap-3">
        <h2 id="progress-heading" className="text-xl font-semibold">
          Students and assignments
        </h2>
        {table.rows.length === 0 ? (
          <p>No students yet. Share the join code or link above.</p>
        ) : (
          <ClassProgressTable table={table} classId={classId} caption={`Progress of ${overview.name}`} />
        )}
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Cards due: due now. Overdue: due before today began. Last active: the latest review, test or sign-in. Times in {overview.timeZone}.
        </p>
      </section>

      <section aria-labelledby="recall-heading" className="flex flex-col gap-3">
        <h2 id="recall-heading" className="text-xl font-semibold">
          Recall by topic
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Each cell is the average chance, right now, that the student recalls a card of that topic they have studied (FSRS retrievability).
          Practice accuracy counts answered questions in submitted tests and practice.
        </p>
        <RecallLegend />
        <RecallHeatmap data={topics} students={progress.students} classId={classId} />
      </section>

      <section aria-labelledby="assignments-heading" className="flex flex-col gap-3">
        <h2 id="assignments-heading" className="text-xl font-semibold">
          Assignments
        </h2>
        <AssignmentList classId={classId} items={items} timeZone={overview.timeZone} zoneLabel={zoneLabel} />
        <h3 className="mt-2 text-lg font-semibold">Assign a topic set</h3>
        <AssignmentForm classId={classId} topicSets={sets.map((s) => ({ id: s.id, name: s.name }))} timeZone={overview.timeZone} zoneLabel={zoneLabel} />
      </section>
    </div>
  );
}
