import Link from "next/link";
import type { TopicCardRow } from "@/server/queries/topics";
import { splitHighlight } from "@/lib/search/highlight";

export function TopicCard({ topic }: { topic: TopicCardRow }) {
  return (
    <article className="flex h-full flex-col gap-2 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
      <h2 className="text-lg font-semibold">
        <Link href={`/topics/${topic.id}`} className="hover:underline">
          {topic.title}
        </Link>
      </h2>
      {topic.match ? (
        <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="search-match">
          <span className="sr-only">Matched: </span>
          {splitHighlight(topic.match).map((s, i) =>
            s.marked ? (
              <mark key={i} className="rounded bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-700 dark:text-white">
                {s.text}
              </mark>
            ) : (
              <span key={i}>{s.text}</span>
            ),
          )}
        </p>
      ) : (
        <p className="line-clamp-3 text-sm text-slate-700 dark:text-slate-300">{topic.summary}</p>
      )}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {topic.facts} facts · {topic.flashcards} flashcards · {topic.questions} practice questions
        {topic.mainsQuestions > 0 && ` · ${topic.mainsQuestions} mains`}
      </p>
      <ul className="mt-auto flex flex-wrap gap-1" aria-label="Syllabus tags">
        {topic.syllabusTags.map((tag) => (
          <li key={tag} className="rounded-full bg-indigo-50 px-2 py-0.5 text-xs text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200">
            {tag}
          </li>
        ))}
      </ul>
    </article>
  );
}
