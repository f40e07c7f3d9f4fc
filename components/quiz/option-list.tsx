"use client";
import { optionLetter } from "@/lib/format/words";

type Props = {
  options: string[];
  chosenIndex: number | null;
  onChoose?: (index: number) => void;
  disabled?: boolean;
  /** Once known (practice feedback, results), the right option is shown. */
  correctIndex?: number | null;
};

/**
 * The four options as buttons (not radios), so ← and → stay free for moving between questions.
 * aria-pressed tells a screen reader which one is chosen.
 */
export function OptionList({ options, chosenIndex, onChoose, disabled, correctIndex = null }: Props) {
  return (
    <ul className="flex flex-col gap-2" aria-label="Options">
      {options.map((label, i) => {
        const chosen = chosenIndex === i;
        const isRight = correctIndex === i;
        const isWrongChoice = correctIndex !== null && chosen && !isRight;
        const tone = isRight
          ? "border-emerald-600 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950"
          : isWrongChoice
            ? "border-rose-600 bg-rose-50 dark:border-rose-500 dark:bg-rose-950"
            : chosen
              ? "border-indigo-600 bg-indigo-50 dark:border-indigo-400 dark:bg-indigo-950"
              : "border-slate-300 bg-white hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800";
        const note = isRight ? "correct answer" : isWrongChoice ? "your answer, wrong" : chosen ? "your answer" : null;
        return (
          <li key={i}>
            <button
              type="button"
              aria-pressed={chosen}
              disabled={disabled}
              onClick={() => onChoose?.(i)}
              className={`flex min-h-11 w-full items-start gap-3 rounded-lg border-2 px-3 py-2 text-left text-base focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:cursor-default ${tone}`}
            >
              <span className="font-semibold">{optionLetter(i)}</span>
              <span className="flex-1">{label}</span>
              {note && <span className="text-sm font-medium">{isRight ? "✓ " : isWrongChoice ? "✗ " : ""}{note}</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
