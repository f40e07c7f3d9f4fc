import type { Metadata } from "next";
import { z } from "zod";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { findCardAttachment } from "@/server/personal-cards";
import { CardsTabs } from "@/components/personal-cards/cards-tabs";
import { PersonalCardForm } from "@/components/personal-cards/personal-card-form";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Add a card" };

type Search = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const idParam = z.string().trim().min(1).max(200).optional().catch(undefined);

/** Writes a new personal card; opened from a topic page, it is attached to that topic or fact. */
export default async function NewCardPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const topicId = idParam.parse(first(search.topic));
  const factId = idParam.parse(first(search.fact));
  const back = new URLSearchParams({ ...(topicId ? { topic: topicId } : {}), ...(factId ? { fact: factId } : {}) }).toString();
  const user = await requirePageUser("student", back ? `/cards/mine/new?${back}` : "/cards/mine/new");
  // An id the student may not see is simply ignored: the card is then attached to nothing.
  const attachment = topicId || factId ? await findCardAttachment(await getDb(), user.id, { topicId, factId }) : null;
  return (
    <div className="flex flex-col gap-6">
      <CardsTabs active="mine" />
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Add my own card</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          It joins your review queue at once as a new card, on the same schedule as the course&apos;s cards. Only you
          can see it.
        </p>
      </div>
      <PersonalCardForm
        attachment={
          attachment && {
            topicId: attachment.topicId,
            factId: attachment.factId,
            label: attachment.factStatement ? `About the fact: ${attachment.factStatement}` : `On the topic: ${attachment.topicTitle}`,
            returnHref: `/topics/${encodeURIComponent(attachment.topicId)}${attachment.factId ? `#fact-${encodeURIComponent(attachment.factId)}` : ""}`,
          }
        }
      />
      <p className="text-sm">
        <TextLink href="/cards/mine">See all my cards</TextLink>
      </p>
    </div>
  );
}
