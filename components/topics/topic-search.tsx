"use client";
import { useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";

const MAX_QUERY = 200;

/**
 * The topic search. It is a plain GET form (filters live in the URL and it works without JavaScript);
 * with JavaScript it navigates in place, so the page does not reload and the typed text stays in the
 * box. An over-long query is cut to the limit with a note, never cleared.
 */
export function TopicSearch({ tags, q, tag }: { tags: string[]; q: string | undefined; tag: string | undefined }) {
  const router = useRouter();
  const [text, setText] = useState(q ?? "");
  const [selected, setSelected] = useState(tag ?? "");
  const [note, setNote] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent) {
    event.preventDefault();
    let query = text.trim();
    if (query.length > MAX_QUERY) {
      query = query.slice(0, MAX_QUERY).trim();
      setText(query);
      setNote(`Your search was longer than ${MAX_QUERY} characters, so it was shortened to the first ${MAX_QUERY}.`);
    } else {
      setNote(null);
    }
    const params = new URLSearchParams();
    if (query) params.set("q", query);
    if (selected) params.set("tag", selected);
    const search = params.toString();
    startTransition(() => router.push(`/topics${search ? `?${search}` : ""}`, { scroll: false }));
  }

  return (
    <form role="search" method="get" action="/topics" onSubmit={submit} className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <div className="flex flex-1 flex-col gap-1">
        <label htmlFor="q" className="text-sm font-medium">
          Search topics
        </label>
        <input
          id="q"
          name="q"
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="e.g. semiconductors, CEPA, 2030"
          aria-describedby={note ? "q-note" : undefined}
          className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
        />
        {note && (
          <p id="q-note" className="text-sm text-amber-800 dark:text-amber-300">
            {note}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="tag" className="text-sm font-medium">
          Syllabus tag
        </label>
        <select id="tag" name="tag" value={selected} onChange={(e) => setSelected(e.target.value)} className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900">
          <option value="">All tags</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded-lg bg-indigo-600 px-4 font-semibold text-white hover:bg-indigo-700" aria-busy={pending}>
        {pending ? "Searching…" : "Search"}
      </button>
    </form>
  );
}
