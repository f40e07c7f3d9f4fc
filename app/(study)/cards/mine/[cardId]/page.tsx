import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { isAppError } from "@/server/errors";
import { getPersonalCard } from "@/server/personal-cards";
import { CardsTabs } from "@/components/personal-cards/cards-tabs";
import { DeleteCardButton } from "@/components/personal-cards/delete-card-button";
import { PersonalCardForm } from "@/components/personal-cards/personal-card-form";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Edit my card" };

/** Edits or deletes one of the student's own cards; anyone else's is a 404. */
export default async function EditCardPage({ params }: { params: Promise<{ cardId: string }> }) {
  const { cardId } = await params;
  const user = await requirePageUser("student", `/cards/mine/${encodeURIComponent(cardId)}`);
  const card = await getPersonalCard(await getDb(), user.id, cardId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <div className="flex flex-col gap-6">
      <CardsTabs active="mine" />
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Edit my card</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {card.topicTitle ? `On the topic: ${card.topicTitle}. ` : ""}Editing keeps the card&apos;s schedule and review history.
        </p>
      </div>
      <PersonalCardForm card={{ id: card.id, kind: card.kind, front: card.front, back: card.back, hint: card.hint, tags: card.tags }} attachment={card.topicId ? { topicId: card.topicId, factId: card.factId, label: "", returnHref: `/topics/${encodeURIComponent(card.topicId)}` } : null} />
      <DeleteCardButton cardId={card.id} />
      <p className="text-sm">
        <TextLink href="/cards/mine">Back to my cards</TextLink>
      </p>
    </div>
  );
}
