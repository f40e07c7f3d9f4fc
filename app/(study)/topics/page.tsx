import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/server/db";
import { listSyllabusTags } from "@/server/queries/topics";
import { searchTopics } from "@/server/queries/topic-search";
import { TopicCard } from "@/components/topics/topic-card";
import { TopicSearch } from "@/components/topics/topic-search";
import { RelationshipTimeline } from "@/components/topics/relationship-timeline";
import { listTimeline } from "@/server/queries/timeline";
import { currentPrivateTopicIds } from "@/server/studio/current-topic-access";

export const metadata: Metadata = { title: "Topics" };

function ViewSwitch({ view }: { view: "list" | "timeline" }) {
  const tab = (active: boolean) =>
    `rounded-lg px-3 py-1.5 text-sm font-medium ${active ? "bg-indigo-700 text-white dark:bg-indigo-500" : "text-indigo-700 underline dark:text-indigo-300"}`;
  return (
    <nav aria-label="Topic views">
      <ul className="flex gap-2">
        <li>
          <Link href="/topics" aria-current={view === "list" ? "page" : undefined} className={tab(view === "list")}>
            Topic list
          </Link>
        </li>
        <li>
          <Link href="/topics?view=timeline" aria-current={view === "timeline" ? "page" : undefined} className={tab(view === "timeline")}>
            Timeline
          </Link>
        </li>
      </ul>
    </nav>
  );
}

export default async function TopicsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  if (raw.view === "timeline") {
    const years = await listTimeline(await getDb());
    return (
      <div className="flex flex-col gap-6">
        <div>
          <h1 className="text-2xl font-bold">Timeline</h1>
          <p className="text-slate-700 dark:text-slate-300">India–South Korea relations year by year, each event linked to the facts and sources behind it.</p>
        </div>
        <ViewSwitch view="timeline" />
        <RelationshipTimeline years={years} />
      </div>
    );
  }
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const tag = first(raw.tag)?.trim().slice(0, 120) || undefined;
  const db = await getDb();
  const privateIds = await currentPrivateTopicIds();
  const [{ topics, q, correctedQ, notes }, tags] = await Promise.all([searchTopics(db, first(raw.q), tag, privateIds), listSyllabusTags(db, privateIds)]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Topics</h1>
        <p className="text-slate-700 dark:text-slate-300">India–South Korea relations, in topic notes with sourced facts.</p>
      </div>
      <ViewSwitch view="list" />
      <TopicSearch tags={tags} q={q} tag={tag} />
      {notes.map((note) => (
        <p key={note} role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200">
          {note}
        </p>
      ))}
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {topics.length === 1 ? "1 topic" : `${topics.length} topics`}
        {q ? ` matching “${correctedQ ?? q}”` : ""}
        {tag ? ` tagged ${tag}` : ""}
        {correctedQ ? ` (you typed “${q}”)` : ""}
      </p>
      {topics.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 p-6 text-center dark:border-slate-700">
          No topics match. Try fewer words, or clear the filters.
        </p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {topics.map((topic) => (
            <li key={topic.id}>
              <TopicCard topic={topic} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
