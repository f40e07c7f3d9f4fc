import { assignmentProgress, STATUS_LABELS, type AssignmentProgress } from "./assignment-progress";
import { formatShortDay, formatStamp, isoDay } from "@/lib/format/dates";
import { formatPercent } from "@/lib/format/numbers";
import { hasReview, hasTest, type AssignmentKind } from "./inputs";

/** What the dashboard query returns; the table and the CSV are both built from it by `classTable`. */
export type DashboardAssignment = {
  id: string;
  topicSetName: string;
  kind: AssignmentKind;
  startsAt: Date;
  dueAt: Date;
  questionCount: number;
  totalCards: number;
};
export type DashboardStudent = { id: string; name: string; email: string; cardsDue: number; cardsOverdue: number; lastActive: Date | null };
export type DashboardCell = {
  studentId: string;
  assignmentId: string;
  reviewedCards: number;
  attempt: { id: string; submittedAt: Date | null; score: number | null } | null;
};
export type ClassTableData = { assignments: DashboardAssignment[]; students: DashboardStudent[]; cells: DashboardCell[] };

export type TableCell = { text: string; tone?: "complete" | "overdue" | "muted" };
export type TableColumn = { label: string; assignmentId?: string };
export type TableRow = { studentId: string; cells: TableCell[] };
export type ClassTable = { columns: TableColumn[]; rows: TableRow[] };

export function assignmentTitle(a: DashboardAssignment, timeZone: string): string {
  return `${a.topicSetName} (due ${formatShortDay(isoDay(a.dueAt, timeZone))})`;
}

export function formatScore(score: number, maxMarks: number): string {
  return `${Number(score.toFixed(2))}/${Number(maxMarks.toFixed(2))}`;
}

function assignmentCells(a: DashboardAssignment, progress: AssignmentProgress): TableCell[] {
  const cells: TableCell[] = [];
  if (progress.review) cells.push({ text: `${progress.review.reviewed}/${progress.review.total}` });
  if (progress.test) {
    const { test } = progress;
    cells.push(
      test.state === "submitted" && test.score !== null
        ? { text: formatScore(test.score, test.maxMarks) }
        : { text: test.state === "in-progress" ? "In progress" : "Not taken", tone: "muted" },
    );
  }
  cells.push({ text: formatPercent(progress.completion) });
  cells.push(
    progress.overdue
      ? { text: "Overdue", tone: "overdue" }
      : { text: STATUS_LABELS[progress.status], ...(progress.status === "complete" ? { tone: "complete" as const } : {}) },
  );
  return cells;
}

/**
 * The class table, one row per student: per assignment the cards reviewed, the test score,
 * completion and status, then cards due, overdue and last activity. The page renders it and
 * the CSV export writes it, so the two always show the same numbers.
 */
export function classTable(data: ClassTableData, now: Date, timeZone: string): ClassTable {
  const columns: TableColumn[] = [{ label: "Student" }, { label: "Email" }];
  for (const a of data.assignments) {
    const title = assignmentTitle(a, timeZone);
    if (hasReview(a.kind)) columns.push({ label: `${title}: cards reviewed`, assignmentId: a.id });
    if (hasTest(a.kind)) columns.push({ label: `${title}: test score`, assignmentId: a.id });
    columns.push({ label: `${title}: completion`, assignmentId: a.id }, { label: `${title}: status`, assignmentId: a.id });
  }
  columns.push({ label: "Cards due" }, { label: "Cards overdue" }, { label: "Last active" });

  const cellByKey = new Map(data.cells.map((c) => [`${c.studentId}\u0000${c.assignmentId}`, c]));
  const rows = data.students.map((s): TableRow => {
    const cells: TableCell[] = [{ text: s.name }, { text: s.email }];
    for (const a of data.assignments) {
      const cell = cellByKey.get(`${s.id}\u0000${a.id}`);
      const progress = assignmentProgress(
        { ...a, reviewedCards: cell?.reviewedCards ?? 0, attempt: cell?.attempt ?? null },
        now,
      );
      cells.push(...assignmentCells(a, progress));
    }
    cells.push(
      { text: String(s.cardsDue) },
      { text: String(s.cardsOverdue), ...(s.cardsOverdue > 0 ? { tone: "overdue" as const } : {}) },
      s.lastActive ? { text: formatStamp(s.lastActive, timeZone) } : { text: "Never", tone: "muted" },
    );
    return { studentId: s.id, cells };
  });
  return { columns, rows };
}

export function classTableCsvRows(table: ClassTable): string[][] {
  return [table.columns.map((c) => c.label), ...table.rows.map((r) => r.cells.map((c) => c.text))];
}
