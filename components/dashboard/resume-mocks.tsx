import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import type { UnfinishedMock } from "@/server/queries/stats-mock-attempts";
import { formatDateTime } from "@/lib/format/dates";

/** Mock tests still open: one link each, straight back to where the student left off. */
export function ResumeMocks({ mocks, timeZone }: { mocks: readonly UnfinishedMock[]; timeZone: string }) {
  if (mocks.length === 0) return null;
  return (
    <section aria-labelledby="resume-heading" className="flex flex-col gap-3 rounded-xl border border-amber-300 bg-amber-50 p-5 dark:border-amber-800 dark:bg-amber-950">
      <h2 id="resume-heading" className="text-xl font-semibold">
        Unfinished mock {mocks.length === 1 ? "test" : "tests"}
      </h2>
      <ul className="flex flex-col gap-2">
        {mocks.map((m) => (
          <li key={m.id} className="flex flex-wrap items-center justify-between gap-2">
            <span className="text-sm">
              Started {formatDateTime(m.startedAt, timeZone)}: {m.answered} of {m.questions} answered
              {m.deadline ? `, time runs out at ${formatDateTime(m.deadline, timeZone)}` : ""}
            </span>
            <Link href={`/practice/attempts/${m.id}`} className={buttonClass("secondary")} aria-label={`Resume mock test started ${formatDateTime(m.startedAt, timeZone)}`}>
              Resume mock test
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
