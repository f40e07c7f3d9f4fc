import type { QueueCardDto } from "./review-api";

const tone = {
  1: "border-rose-300 bg-rose-50 text-rose-900 hover:bg-rose-100 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100 dark:hover:bg-rose-900",
  2: "border-amber-300 bg-amber-50 text-amber-900 hover:bg-amber-100 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100 dark:hover:bg-amber-900",
  3: "border-emerald-300 bg-emerald-50 text-emerald-900 hover:bg-emerald-100 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100 dark:hover:bg-emerald-900",
  4: "border-sky-300 bg-sky-50 text-sky-900 hover:bg-sky-100 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100 dark:hover:bg-sky-900",
} as const;

const NAMES = ["Again", "Hard", "Good", "Easy"] as const;

/**
 * Again, Hard, Good, Easy: each names the interval it leads to ("Good, 3d"); keys 1 to 4. A card far
 * down the queue may arrive without intervals; they follow with the next fetch, and grading works meanwhile.
 */
export function GradeButtons({ intervals, onGrade }: { intervals: QueueCardDto["intervals"]; onGrade: (rating: 1 | 2 | 3 | 4) => void }) {
  const shown = intervals ?? NAMES.map((name, i) => ({ rating: (i + 1) as 1 | 2 | 3 | 4, name, label: "…" }));
  return (
    <div role="group" aria-label="How well did you remember?" className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {shown.map(({ rating, name, label }) => (
        <button
          key={rating}
          type="button"
          onClick={() => onGrade(rating)}
          aria-label={intervals ? `${name}, ${label}` : name}
          aria-keyshortcuts={String(rating)}
          className={`flex min-h-16 flex-col items-center justify-center rounded-xl border-2 px-3 py-2 font-semibold focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 ${tone[rating]}`}
        >
          <span className="text-base">{name}</span>
          <span className="text-sm font-normal tabular-nums">{label}</span>
          <kbd className="sr-only sm:not-sr-only sm:mt-0.5 sm:text-xs sm:font-normal sm:opacity-70">{rating}</kbd>
        </button>
      ))}
    </div>
  );
}
