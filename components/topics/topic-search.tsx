import type { TopicFilter } from "@/server/queries/topics";

/** A plain GET form: filters live in the URL, so results can be shared and work without JavaScript. */
export function TopicSearch({ tags, filter, error }: { tags: string[]; filter: TopicFilter; error: string | undefined }) {
  return (
    <form role="search" method="get" action="/topics" className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <div className="flex flex-1 flex-col gap-1">
        <label htmlFor="q" className="text-sm font-medium">
          Search topics
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={filter.q ?? ""}
          placeholder="e.g. semiconductors, CEPA, 2030"
          aria-describedby={error ? "q-error" : undefined}
          className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
        />
        {error && (
          <p id="q-error" className="text-sm text-rose-700 dark:text-rose-400">
            {error}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="tag" className="text-sm font-medium">
          Syllabus tag
        </label>
        <select id="tag" name="tag" defaultValue={filter.tag ?? ""} className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900">
          <option value="">All tags</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded-lg bg-indigo-600 px-4 font-semibold text-white hover:bg-indigo-700">
        Search
      </button>
    </form>
  );
}
