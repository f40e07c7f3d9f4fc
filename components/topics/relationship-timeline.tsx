import Link from "next/link";
import { formatTimelineDate } from "@/lib/content/timeline-date";
import type { TimelineYear } from "@/server/queries/timeline";

/** The relationship year by year: each event with links to the facts (and sources) behind it. */
export function RelationshipTimeline({ years }: { years: TimelineYear[] }) {
  if (years.length === 0) {
    return <p className="rounded-xl border border-dashed border-slate-300 p-6 text-center dark:border-slate-700">No timeline events yet.</p>;
  }
  return (
    <ol aria-label="Timeline of India-South Korea relations" className="flex flex-col gap-6 border-l-2 border-indigo-200 pl-4 dark:border-indigo-900">
      {years.map(({ year, events }) => (
        <li key={year} aria-labelledby={`year-${year}`} className="flex flex-col gap-3">
          <h2 id={`year-${year}`} className="text-lg font-bold text-indigo-800 dark:text-indigo-300">
            {year}
          </h2>
          <ul className="flex flex-col gap-3">
            {events.map((event) => (
              <li key={event.id} className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  <time dateTime={event.date}>{formatTimelineDate(event.date)}</time>
                </p>
                <h3 className="font-semibold">{event.title}</h3>
                <ul aria-label={`Facts on ${event.title}`} className="mt-2 flex flex-col gap-1 text-sm">
                  {event.facts.map((fact) => (
                    <li key={fact.id}>
                      <Link href={`/topics/${fact.topicId}#fact-${fact.id}`} className="text-indigo-700 underline dark:text-indigo-300">
                        {fact.statement}
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
