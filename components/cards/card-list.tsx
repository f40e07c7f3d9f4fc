"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { api } from "@/components/api-client";
import { GRADE_NAMES, type Grade } from "@/lib/srs/grades";

export interface CardRow {
  id: string;
  front: string;
  back: string;
  topicTitle: string;
  state: "new" | "learning" | "review" | "relearning";
  due: string | null;
  stability: number;
  scheduledDays: number;
  reps: number;
  lapses: number;
  suspended: boolean;
  flagged: boolean;
  history: { reviewedAt: string; rating: number; state: string; undone: boolean }[];
}

const when = (iso: string) => new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric", hour: "numeric", minute: "2-digit" }).format(new Date(iso));
const STATE_TEXT = { new: "New", learning: "Learning", review: "Review", relearning: "Relearning" } as const;

/** Each card with its schedule, its answers, and the actions on it; the list reloads after each change. */
export function CardList({ cards }: { cards: CardRow[] }) {
  if (cards.length === 0) return null;
  return (
    <ul className="flex flex-col gap-3">
      {cards.map((card) => (
        <CardItem key={card.id} card={card} />
      ))}
    </ul>
  );
}

function CardItem({ card }: { card: CardRow }) {
  const router = useRouter();
  const [confirmReset, setConfirmReset] = useState(false);
  const act = useMutation({
    mutationFn: (action: { flags: { suspended?: boolean; flagged?: boolean } } | { reset: true }) =>
      "reset" in action
        ? api.post("/api/reviews/reset", { cardId: card.id })
        : api.post("/api/reviews/flags", { cardId: card.id, ...action.flags }),
    onSuccess: () => {
      setConfirmReset(false);
      router.refresh();
    },
  });
  const front = card.front.replace(/\{\{c\d+::(.*?)(?:::[^}]*)?\}\}/g, "[…]");
  return (
    <li className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 flex-1">
          <p className="font-medium break-words">{front}</p>
          <p className="text-sm text-slate-600 dark:text-slate-300 break-words">{card.back}</p>
        </div>
        <p className="flex flex-wrap gap-1 text-xs font-semibold">
          <span className="rounded bg-slate-100 px-2 py-1 dark:bg-slate-800">{STATE_TEXT[card.state]}</span>
          {card.suspended && <span className="rounded bg-amber-100 px-2 py-1 text-amber-900 dark:bg-amber-950 dark:text-amber-200">Suspended</span>}
          {card.flagged && <span className="rounded bg-rose-100 px-2 py-1 text-rose-900 dark:bg-rose-950 dark:text-rose-200">Flagged</span>}
        </p>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {card.topicTitle} · {card.due ? `due ${when(card.due)}` : "not studied yet"}
        {card.state !== "new" && ` · interval ${card.scheduledDays} d · stability ${card.stability.toFixed(1)} d · ${card.reps} answers · ${card.lapses} lapses`}
      </p>
      {card.history.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer">History ({card.history.length})</summary>
          <ol className="mt-1 flex flex-col gap-0.5">
            {card.history.map((h, i) => (
              <li key={i} className={h.undone ? "line-through opacity-70" : undefined}>
                {when(h.reviewedAt)}: {GRADE_NAMES[h.rating as Grade] ?? h.rating} (was {h.state}){h.undone ? ", undone" : ""}
              </li>
            ))}
          </ol>
        </details>
      )}
      <div className="flex flex-wrap gap-2" role="group" aria-label={`Actions for: ${front}`}>
        <Button variant="secondary" disabled={act.isPending} onClick={() => act.mutate({ flags: { suspended: !card.suspended } })}>
          {card.suspended ? "Unsuspend" : "Suspend"}
        </Button>
        <Button variant="secondary" disabled={act.isPending} onClick={() => act.mutate({ flags: { flagged: !card.flagged } })}>
          {card.flagged ? "Unflag" : "Flag"}
        </Button>
        {card.state !== "new" &&
          (confirmReset ? (
            <>
              <Button variant="danger" disabled={act.isPending} onClick={() => act.mutate({ reset: true })}>
                Yes, reset to new
              </Button>
              <Button variant="secondary" onClick={() => setConfirmReset(false)}>
                Keep its schedule
              </Button>
            </>
          ) : (
            <Button variant="secondary" onClick={() => setConfirmReset(true)}>
              Reset
            </Button>
          ))}
      </div>
      {act.error && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          {act.error.message}
        </p>
      )}
    </li>
  );
}
