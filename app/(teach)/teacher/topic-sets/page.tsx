import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { getTeacherTopicSets } from "@/server/queries/teacher-topic-sets";
import { buttonClass } from "@/components/ui/button";
import { DeleteTopicSetButton } from "@/components/teacher/delete-topic-set-button";

export const metadata: Metadata = { title: "Topic sets" };

export default async function TopicSetsPage() {
  const user = await requirePageUser("teacher", "/teacher/topic-sets");
  const db = await getDb();
  const [sets, topics] = await Promise.all([
    getTeacherTopicSets(db, user.id),
    db.topic.findMany({ select: { id: true, title: true } }),
  ]);
  const titles = new Map(topics.map((t) => [t.id, t.title]));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Topic sets</h1>
        <Link href="/teacher/topic-sets/new" className={buttonClass()}>
          New topic set
        </Link>
      </div>
      <p className="text-slate-700 dark:text-slate-300">A topic set is a reusable selection of topics (and, if you like, questions) that you can assign to any of your classes.</p>
      {sets.length === 0 ? (
        <p>No topic sets yet.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {sets.map((set) => (
            <li key={set.id} className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 sm:flex-row sm:items-start sm:justify-between dark:border-slate-700 dark:bg-slate-900">
              <div className="flex flex-col gap-1">
                <h2 className="text-lg font-semibold">{set.name}</h2>
                <p className="text-sm">{set.topicIds.map((id) => titles.get(id) ?? id).join(" · ")}</p>
                <p className="text-xs text-slate-600 dark:text-slate-300">
                  {set.questionIds.length > 0 ? `${set.questionIds.length} chosen questions` : "Tests use all questions on these topics"} ·{" "}
                  {set.assignments === 1 ? "used by 1 assignment" : `used by ${set.assignments} assignments`}
                </p>
              </div>
              <div className="flex gap-2">
                <Link href={`/teacher/topic-sets/${set.id}`} className={buttonClass("secondary")} aria-label={`Edit ${set.name}`}>
                  Edit
                </Link>
                {set.assignments === 0 && <DeleteTopicSetButton id={set.id} name={set.name} />}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
