import { highlightFigures } from "@/lib/content/highlight-numbers";
import type { FactSource } from "@/server/queries/topics";

type Fact = { id: string; statement: string; status: string; supersededBy: string | null; note: string | null; sources: FactSource[] };

export function FactItem({ fact }: { fact: Fact }) {
  return (
    <li id={`fact-${fact.id}`} className="scroll-mt-20 rounded-xl border border-slate-200 bg-white p-4 target:ring-2 target:ring-indigo-500 dark:border-slate-800 dark:bg-slate-900">
      <p className={fact.status === "superseded" ? "text-slate-500 line-through" : ""}>
        {highlightFigures(fact.statement).map((segment, i) =>
          segment.figure ? (
            <mark key={i} className="rounded bg-amber-100 px-0.5 font-semibold text-slate-900 dark:bg-amber-900/60 dark:text-amber-50">
              {segment.text}
            </mark>
          ) : (
            <span key={i}>{segment.text}</span>
          ),
        )}
      </p>
      {fact.status === "superseded" && fact.supersededBy && (
        <p className="mt-1 text-sm">
          Superseded: see{" "}
          <a href={`#fact-${fact.supersededBy}`} className="text-indigo-700 underline dark:text-indigo-300">
            the current fact
          </a>
          .
        </p>
      )}
      {fact.note && <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">Note: {fact.note}</p>}
      <ul className="mt-2 flex flex-col gap-1 text-xs text-slate-600 dark:text-slate-400" aria-label="Sources">
        {fact.sources.flatMap((source) =>
          source.publications.map((pub) => (
            <li key={`${source.articleId}-${source.paragraph}-${pub.publisher}`}>
              Source:{" "}
              {pub.url === "unknown" ? (
                pub.publisher
              ) : (
                <a href={pub.url} className="underline" rel="noopener noreferrer" target="_blank">
                  {pub.publisher}
                </a>
              )}
              {pub.publishedAt !== "unknown" && <>, {pub.publishedAt}</>} · paragraph {source.paragraph + 1}
            </li>
          )),
        )}
      </ul>
    </li>
  );
}
