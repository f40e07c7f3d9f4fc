import { highlightCandidates } from "@/lib/studio/highlight";
import type { CandidateFact, Paragraph } from "@/lib/content/ingest/types";

/**
 * An article's paragraphs, numbered by the index facts cite, with the ingest's candidate facts marked.
 * With `onToggle`, each paragraph is a toggle button, so citing is one click (or Space) per paragraph.
 */
export function ParagraphList({
  paragraphs,
  candidates,
  selected,
  onToggle,
}: {
  paragraphs: Paragraph[];
  candidates: CandidateFact[];
  selected?: ReadonlySet<number>;
  onToggle?: (index: number) => void;
}) {
  return (
    <ol className="flex flex-col gap-2">
      {paragraphs.map((p, i) => {
        const body = highlightCandidates(
          p.text,
          candidates.filter((c) => c.paragraphIndex === i).map((c) => c.text),
        ).map((s, j) =>
          s.candidate ? (
            <mark key={j} className="rounded bg-amber-100 px-0.5 text-slate-900 dark:bg-amber-800 dark:text-slate-50" title="Candidate fact">
              {s.text}
            </mark>
          ) : (
            <span key={j}>{s.text}</span>
          ),
        );
        const chosen = selected?.has(i) ?? false;
        const frame = `flex w-full gap-3 rounded-lg border p-3 text-left ${chosen ? "border-indigo-500 bg-indigo-50 dark:bg-indigo-950" : "border-slate-200 dark:border-slate-700"}`;
        const number = <span className="w-10 shrink-0 font-mono text-sm text-slate-600 dark:text-slate-300">¶{i}</span>;
        // The button's name is short ("Cite paragraph 3"); the paragraph itself is its description, so a
        // screen reader user hears what they are about to cite.
        const text = (
          <span id={`p-${i}-text`} className={`min-w-0 wrap-anywhere ${p.heading ? "font-semibold" : "leading-relaxed"}`}>
            {body}
          </span>
        );
        return (
          <li key={i} id={`p-${i}`}>
            {onToggle ? (
              <button type="button" aria-pressed={chosen} aria-label={`Cite paragraph ${i}`} aria-describedby={`p-${i}-text`} className={frame} onClick={() => onToggle(i)}>
                {number}
                {text}
              </button>
            ) : (
              <div className={frame}>
                {number}
                {text}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
