import { describe, expect, it } from "vitest";
import { classTable, classTableCsvRows, type ClassTableData } from "./class-table";

const now = new Date("2026-12-10T06:00:00Z");
const data: ClassTableData = {
  assignments: [
    { id: "a1", topicSetName: "Trade", kind: "both", startsAt: new Date("2026-12-01T00:00:00Z"), dueAt: new Date("2026-12-08T00:00:00Z"), questionCount: 3, totalCards: 4 },
    { id: "a2", topicSetName: "Defence", kind: "review", startsAt: new Date("2026-12-01T00:00:00Z"), dueAt: new Date("2026-12-20T00:00:00Z"), questionCount: 0, totalCards: 2 },
  ],
  students: [
    { id: "s1", name: "Asha", email: "a@example.test", cardsDue: 3, cardsOverdue: 1, lastActive: new Date("2026-12-09T12:30:00Z") },
    { id: "s2", name: "Ravi", email: "r@example.test", cardsDue: 0, cardsOverdue: 0, lastActive: null },
  ],
  cells: [
    { studentId: "s1", assignmentId: "a1", reviewedCards: 4, attempt: { id: "t1", submittedAt: now, score: 3.33 } },
    { studentId: "s1", assignmentId: "a2", reviewedCards: 1, attempt: null },
  ],
};

describe("class table", () => {
  it("gives every row one cell per column, and the CSV is the same text", () => {
    const table = classTable(data, now, "Asia/Kolkata");
    for (const row of table.rows) expect(row.cells).toHaveLength(table.columns.length);
    const csv = classTableCsvRows(table);
    expect(csv[0]).toEqual(table.columns.map((c) => c.label));
    expect(csv.slice(1)).toEqual(table.rows.map((r) => r.cells.map((c) => c.text)));
  });

  it("shows completion, score, overdue and last activity in the viewer's zone", () => {
    const [asha, ravi] = classTable(data, now, "Asia/Kolkata").rows.map((r) => r.cells.map((c) => c.text));
    expect(asha).toEqual(["Asha", "a@example.test", "4/4", "3.33/6", "100%", "Complete", "1/2", "50%", "In progress", "3", "1", "2026-12-09 18:00"]);
    expect(ravi).toEqual(["Ravi", "r@example.test", "0/4", "Not taken", "0%", "Overdue", "0/2", "0%", "Not started", "0", "0", "Never"]);
  });
});
