import { parseCloze } from "@/lib/content/cloze";
import type { DraftCard } from "@/lib/studio/document";

/** A card's two sides as a student sees them in review: a cloze hides its answer on the front. */
export function CardPreview({ card }: { card: DraftCard }) {
  const cloze = card.kind === "cloze" ? parseCloze(card.front) : null;
  const front = cloze ? `${cloze.before}[…]${cloze.after}` : card.front;
  return (
    <div className="grid gap-2 rounded-lg border border-slate-200 p-3 text-sm sm:grid-cols-2 dark:border-slate-700">
      <p>
        <span className="block text-xs uppercase text-slate-600 dark:text-slate-300">Front</span>
        {front || "—"}
      </p>
      <p>
        <span className="block text-xs uppercase text-slate-600 dark:text-slate-300">Back</span>
        {card.back || "—"}
      </p>
    </div>
  );
}
