import type { CardBrowserFilters } from "@/lib/review/card-browser-filters";
import { controlClass } from "@/components/ui/field-shell";
import { Button } from "@/components/ui/button";

const STATE_LABELS: Record<CardBrowserFilters["state"], string> = {
  all: "Any state",
  new: "New",
  learning: "Learning",
  review: "Review",
  suspended: "Suspended",
  flagged: "Flagged",
};

/** A plain GET form: the filters live in the URL, so a search can be reloaded or shared. */
export function CardFilters({ topics, filters, error }: { topics: { id: string; title: string }[]; filters: CardBrowserFilters; error: string | undefined }) {
  return (
    <form role="search" method="get" action="/cards" className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end">
      <div className="flex flex-1 flex-col gap-1">
        <label htmlFor="card-q" className="text-sm font-medium">
          Card text
        </label>
        <input id="card-q" name="q" type="search" maxLength={100} defaultValue={filters.q} className={controlClass} aria-describedby={error ? "card-q-error" : undefined} />
        {error && (
          <p id="card-q-error" className="text-sm text-rose-700 dark:text-rose-400">
            {error}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="card-topic" className="text-sm font-medium">
          Topic
        </label>
        <select id="card-topic" name="topic" defaultValue={filters.topic} className={`${controlClass} max-w-full sm:max-w-64`}>
          <option value="">All topics</option>
          {topics.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="card-state" className="text-sm font-medium">
          State
        </label>
        <select id="card-state" name="state" defaultValue={filters.state} className={controlClass}>
          {Object.entries(STATE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit">Search cards</Button>
    </form>
  );
}
