import { highlightFigures } from "@/lib/content/highlight-numbers";
import { layoutAnswer } from "@/lib/review/answer-format";

/** Text with its figures (dates, amounts, percentages) set in tabular, slightly bolder numerals. */
export function Figures({ text }: { text: string }) {
  return (
    <>
      {highlightFigures(text).map((segment, i) =>
        segment.figure ? (
          <span key={i} className="font-semibold tabular-nums whitespace-nowrap">
            {segment.text}
          </span>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}

export function AnswerText({ answer }: { answer: string }) {
  const layout = layoutAnswer(answer);
  if (layout.kind === "text") {
    return (
      <p>
        <Figures text={layout.text} />
      </p>
    );
  }
  return (
    <ul className="list-disc space-y-1 pl-6">
      {layout.items.map((item, i) => (
        <li key={i}>
          <Figures text={item} />
        </li>
      ))}
    </ul>
  );
}
