import type { Metadata } from "next";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { CARDS_PER_PAGE, searchCards } from "@/server/queries/card-browser";
import { privateTopicIdsFor, visibleTopics } from "@/server/studio/topic-access";
import { cardBrowserFiltersSchema } from "@/lib/review/card-browser-filters";
import { CardFilters } from "@/components/cards/card-filters";
import { CardList } from "@/components/cards/card-list";
import { TextLink } from "@/components/ui/text-link";
import { CardsTabs } from "@/components/personal-cards/cards-tabs";

export const metadata: Metadata = { title: "Card browser" };

type Search = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Every card of the course with this student's schedule of it: search, filter, and act on it. */
export default async function CardBrowserPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const raw = { q: first(search.q), topic: first(search.topic), state: first(search.state), page: first(search.page) };
  const query = new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "")).toString();
  const user = await requirePageUser("student", query ? `/cards?${query}` : "/cards");
  const parsed = cardBrowserFiltersSchema.safeParse(raw);
  const filters = parsed.success ? parsed.data : cardBrowserFiltersSchema.parse({ ...raw, q: (raw.q ?? "").slice(0, 100) });
  const error = parsed.success ? undefined : "Search text can be at most 100 characters, so it was shortened.";
  const db = await getDb();
  const [topics, { cards, total }] = await Promise.all([
    db.topic.findMany({ where: { retiredAt: null, ...visibleTopics(await privateTopicIdsFor(db, user)) }, orderBy: { order: "asc" }, select: { id: true, title: true } }),
    searchCards(db, user.id, filters),
  ]);
  const pages = Math.max(1, Math.ceil(total / CARDS_PER_PAGE));
  const pageHref = (page: number) => `/cards?${new URLSearchParams({ ...(filters.q ? { q: filters.q } : {}), ...(filters.topic ? { topic: filters.topic } : {}), state: filters.state, page: String(page) }).toString()}`;
  return (
    <div className="flex flex-col gap-6">
      <CardsTabs active="browser" />
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Card browser</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Find any card, see when it comes back and how you answered it, and suspend, flag or reset it.
        </p>
        <p className="text-sm">
          <TextLink href="/cards/exchange">Import from Anki or Quizlet, or export your cards</TextLink>
        </p>
      </div>
      <CardFilters topics={topics} filters={filters} error={error} />
      <p role="status" className="text-sm">
        {total === 0 ? "No cards match." : `${total} card${total === 1 ? "" : "s"}${pages > 1 ? `, page ${filters.page} of ${pages}` : ""}.`}
      </p>
      <CardList cards={cards.map((c) => ({ ...c, due: c.due?.toISOString() ?? null, lastReview: c.lastReview?.toISOString() ?? null, history: c.history.map((h) => ({ ...h, reviewedAt: h.reviewedAt.toISOString() })) }))} />
      {pages > 1 && (
        <nav aria-label="Pages" className="flex gap-4">
          {filters.page > 1 && <TextLink href={pageHref(filters.page - 1)}>Previous page</TextLink>}
          {filters.page < pages && <TextLink href={pageHref(filters.page + 1)}>Next page</TextLink>}
        </nav>
      )}
    </div>
  );
}
