import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { listPersonalCards, listPersonalCardTags } from "@/server/personal-cards";
import { personalCardListQuerySchema } from "@/lib/personal-cards/card-input";
import { CardsTabs } from "@/components/personal-cards/cards-tabs";
import { TagFilter } from "@/components/personal-cards/tag-filter";
import { buttonClass } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "My cards" };

type Search = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const STAGE = { new: "New", learning: "Learning", review: "Review", relearning: "Relearning" } as const;

/** The student's own cards, newest first: add, edit and delete them. */
export default async function MyCardsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const user = await requirePageUser("student", "/cards/mine");
  const query = personalCardListQuerySchema.parse({ page: first(search.page), topic: first(search.topic), tag: first(search.tag) });
  const db = await getDb();
  const [{ cards, total, page, pageCount }, tags] = await Promise.all([
    listPersonalCards(db, user.id, { page: query.page, ...(query.topic ? { topicId: query.topic } : {}), ...(query.tag ? { tag: query.tag } : {}) }),
    listPersonalCardTags(db, user.id),
  ]);
  const notice = first(search.deleted) ? "Card deleted." : first(search.saved) ? "Changes saved." : null;
  const filters = { ...(query.topic ? { topic: query.topic } : {}), ...(query.tag ? { tag: query.tag } : {}) };
  const pageHref = (n: number) => `/cards/mine?${new URLSearchParams({ ...filters, page: String(n) }).toString()}`;
  const tagHref = (tag: string) => `/cards/mine?${new URLSearchParams({ tag }).toString()}`;
  return (
    <div className="flex flex-col gap-6">
      <CardsTabs active="mine" />
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">My cards</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Cards you wrote yourself. They come up in your reviews with the course&apos;s cards, on the same schedule, and
          only you can see them.
        </p>
      </div>
      <div>
        <Link href="/cards/mine/new" className={buttonClass("primary")}>
          Add a card
        </Link>
      </div>
      {notice && (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
          {notice}
        </p>
      )}
      {tags.length > 0 && <TagFilter tags={tags} selected={query.tag ?? null} />}
      {total === 0 && query.tag ? (
        <p className="text-sm">
          None of your cards has the tag {query.tag}. <TextLink href="/cards/mine">Show all my cards</TextLink>
        </p>
      ) : total === 0 ? (
        <div className="flex flex-col gap-2 rounded-xl border border-dashed border-slate-300 p-6 text-sm dark:border-slate-700">
          <p className="font-medium">You have no cards of your own yet.</p>
          <p className="text-slate-600 dark:text-slate-300">
            Add one here, or open a topic and choose &quot;Add my own card about this fact&quot; beside any fact.
          </p>
        </div>
      ) : (
        <>
          <p className="text-sm">
            {total} card{total === 1 ? "" : "s"}
            {query.tag ? ` tagged ${query.tag}` : ""}
            {pageCount > 1 ? `, page ${page} of ${pageCount}` : ""}.
          </p>
          <ul className="flex flex-col gap-3" aria-label="My cards">
            {cards.map((card) => (
              <li key={card.id} className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
                <p className="break-words font-medium">{card.front}</p>
                {card.kind === "basic" && <p className="break-words text-sm text-slate-700 dark:text-slate-300">{card.back}</p>}
                <p className="text-xs text-slate-600 dark:text-slate-400">
                  {card.kind === "cloze" ? "Cloze" : "Basic"} · {card.topicTitle ?? "No topic"}
                  {card.factId ? " · about a fact" : ""} · {STAGE[card.state.stage]}
                  {card.state.stage !== "new" && (
                    <>
                      , due <time dateTime={card.state.due}>{card.state.due.slice(0, 10)}</time>
                    </>
                  )}
                </p>
                {card.tags.length > 0 && (
                  <ul aria-label="Tags" className="flex flex-wrap gap-2">
                    {card.tags.map((tag) => (
                      <li key={tag}>
                        <Link
                          href={tagHref(tag)}
                          className="inline-flex min-h-8 items-center rounded-full bg-slate-100 px-3 text-xs text-slate-800 hover:bg-slate-200 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
                        >
                          <span className="sr-only">Show cards tagged </span>
                          {tag}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
                <div>
                  <TextLink href={`/cards/mine/${encodeURIComponent(card.id)}`}>
                    Edit<span className="sr-only"> card: {card.front.slice(0, 60)}</span>
                  </TextLink>
                </div>
              </li>
            ))}
          </ul>
          {pageCount > 1 && (
            <nav aria-label="Pages" className="flex gap-4">
              {page > 1 && <TextLink href={pageHref(page - 1)}>Previous page</TextLink>}
              {page < pageCount && <TextLink href={pageHref(page + 1)}>Next page</TextLink>}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
