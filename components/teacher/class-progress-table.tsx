import type { ClassTable, TableCell } from "@/lib/classes/class-table";
import { TextLink } from "@/components/ui/text-link";

const TONES: Record<NonNullable<TableCell["tone"]>, string> = {
  complete: "font-semibold text-emerald-700 dark:text-emerald-400",
  overdue: "font-semibold text-rose-700 dark:text-rose-400",
  muted: "text-slate-600 dark:text-slate-300",
};

type Group = { label: string; span: number };

/** "Trade (due 1 Dec): test score" → group "Trade (due 1 Dec)", column "test score". */
function split(label: string, grouped: boolean): [string, string] {
  if (!grouped) return ["", label];
  const at = label.lastIndexOf(": ");
  return at < 0 ? ["", label] : [label.slice(0, at), label.slice(at + 2)];
}

/**
 * The class table (students by assignments), rendered from the same `classTable` rows the
 * CSV export writes. The first cell of each row links to the student's page.
 */
export function ClassProgressTable({ table, classId, caption }: { table: ClassTable; classId: string; caption: string }) {
  const heads = table.columns.map((c) => split(c.label, c.assignmentId !== undefined));
  const groups: Group[] = [];
  for (const [group] of heads) {
    const last = groups[groups.length - 1];
    if (last && last.label === group) last.span += 1;
    else groups.push({ label: group, span: 1 });
  }
  const hasGroups = groups.some((g) => g.label !== "");
  const hasCompletion = heads.some(([, sub]) => sub === "completion");
  return (
    <div className="flex flex-col gap-2">
    <div className="overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-700" tabIndex={0} role="region" aria-label={caption} aria-describedby={hasCompletion ? "completion-legend" : undefined}>
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-left dark:bg-slate-800">
          {hasGroups && (
            <tr>
              {groups.map((g, i) => (
                <th key={i} scope="colgroup" colSpan={g.span} className="border-b border-slate-200 px-3 py-2 font-semibold dark:border-slate-700">
                  {g.label}
                </th>
              ))}
            </tr>
          )}
          <tr>
            {heads.map(([, sub], i) => (
              <th key={i} scope="col" className="whitespace-nowrap border-b border-slate-200 px-3 py-2 font-medium capitalize dark:border-slate-700">
                {sub}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.studentId} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="whitespace-nowrap px-3 py-2 text-left font-medium">
                    <TextLink href={`/teacher/classes/${classId}/students/${row.studentId}`}>
                      {cell.text}
                    </TextLink>
                  </th>
                ) : (
                  <td key={i} className={`whitespace-nowrap px-3 py-2 ${cell.tone ? TONES[cell.tone] : ""}`}>
                    {cell.text}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    {hasCompletion && (
      <p id="completion-legend" className="text-xs text-slate-600 dark:text-slate-400">
        <strong>Completion</strong> is how much of an assignment a student has done. Review part: the set&apos;s cards they have introduced and
        reviewed, out of all its cards. Test part: 0% until the test is submitted, 100% after. An assignment with both averages the two, so
        every card reviewed but no test submitted is 50%.
      </p>
    )}
    </div>
  );
}
