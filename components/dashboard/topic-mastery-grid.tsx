import Link from "next/link";
import type { TopicMastery } from "@/lib/stats";
import { MasteryMeter } from "@/components/stats/mastery-meter";

/** Every topic as a card with how much of it is started and how well it is held. */
export function TopicMasteryGrid({ topics }: { topics: readonly TopicMastery[] }) {
  return (
    <section aria-labelledby="topics-heading" className="flex flex-col gap-3">
      <h2 id="topics-heading" className="text-xl font-semibold">
        Topics
      </h2>
      {topics.length === 0 ? (
        <p className="text-sm">No topics are available yet.</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {topics.map((t) => (
            <li key={t.topicId}>
              <article className="flex h-full flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
                <h3 className="font-semibold">
                  <Link href={`/topics/${t.topicId}`} className="hover:underline">
                    {t.title}
                  </Link>
                </h3>
                <MasteryMeter label="Recall now" value={t.averageRecall} />
                <MasteryMeter label={`Started: ${t.introduced} of ${t.cardCount}`} value={t.shareIntroduced} tone="emerald" />
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
