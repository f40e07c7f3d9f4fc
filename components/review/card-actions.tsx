import Link from "next/link";
import type { QueueCardDto } from "./review-api";

const actionClass =
  "inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-slate-700 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 dark:text-slate-200 dark:hover:bg-slate-800";

/** Undo, flag, suspend, and the way back to the fact behind the card (or, for the student's own card, to editing it). */
export function CardActions({
  item,
  canUndo,
  onUndo,
  onFlag,
  onSuspend,
}: {
  item: QueueCardDto | null;
  canUndo: boolean;
  onUndo: () => void;
  onFlag: (flagged: boolean) => void;
  onSuspend: () => void;
}) {
  const factId = item?.factIds[0];
  return (
    <div className="flex flex-wrap items-center gap-1" aria-label="Card actions" role="toolbar">
      <button type="button" className={actionClass} onClick={onUndo} disabled={!canUndo} aria-keyshortcuts="z">
        Undo last answer <kbd className="ml-1 hidden text-xs opacity-70 sm:inline">Z</kbd>
      </button>
      {item && (
        <>
          <button type="button" className={actionClass} aria-pressed={item.flagged} onClick={() => onFlag(!item.flagged)}>
            {item.flagged ? "Flagged" : "Flag card"}
          </button>
          <button type="button" className={actionClass} onClick={onSuspend}>
            Suspend card
          </button>
          {item.personal ? (
            <Link className={`${actionClass} text-indigo-700 underline dark:text-indigo-300`} href={`/cards/mine/${encodeURIComponent(item.cardId)}`}>
              Edit my card
            </Link>
          ) : item.topicId !== null ? (
            <Link
              className={`${actionClass} text-indigo-700 underline dark:text-indigo-300`}
              href={`/topics/${encodeURIComponent(item.topicId)}${factId ? `#fact-${encodeURIComponent(factId)}` : ""}`}
            >
              Open the fact and its source
            </Link>
          ) : null}
        </>
      )}
    </div>
  );
}
