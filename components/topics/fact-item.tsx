import Link from "next/link";
import { highlightFigures } from "@/lib/content/highlight-numbers";
import type { FactSource, FactSuccessor } from "@/server/queries/topics";

type Fact = {
  id: string;
  statement: string;
  asOf: string | null;
  status: string;
  supersededBy: string | null;
  successor: FactSuccessor | null;
  note: string | null;
  sources: FactSource[];
};

function SourceLine({ source }: { source: FactSource }) {
  if (source.kind === "reference") {
    return (
      <li>
        Reference:{" "}
        <a href={source.url} className="underline" rel="noopener noreferrer" target="_blank">
          {source.publisher}, {source.title}
        </a>
        , {source.date}
        {source.section && <> · {source.section}</>}
      </li>
    );
  }
  return (
    <>
      {source.publications.map((pub) => (
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
      ))}
    </>
  );
}

/** One key fact with its sources; `addCardHref` (signed-in students) offers to write a card about it. */
export function FactItem({ fact, topicId, addCardHref }: { fact: Fact; topicId: string; addCardHref?: string }) {
  const superseded = fact.status === "superseded";
  const successor = fact.successor;
  return (
    <li id={`fact-${fact.id}`} className="scroll-mt-20 rounded-xl border border-slate-200 bg-white p-4 target:ring-2 target:ring-indigo-500 dark:border-slate-800 dark:bg-slate-900">
      {superseded && <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-amber-800 dark:text-amber-300">Superseded</p>}
      <p id={`fact-${fact.id}-text`} className={superseded ? "text-slate-600 line-through dark:text-slate-400" : ""}>
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
      {fact.asOf && (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          As of <time dateTime={fact.asOf}>{fact.asOf}</time>
        </p>
      )}
      {superseded && successor && (
        <p className="mt-2 rounded-lg bg-emerald-50 p-2 text-sm dark:bg-emerald-950">
          Now:{" "}
          <a
            href={successor.topicId === topicId ? `#fact-${successor.id}` : `/topics/${successor.topicId}#fact-${successor.id}`}
            className="text-indigo-700 underline dark:text-indigo-300"
          >
            {successor.statement}
          </a>
          {successor.asOf && <> (as of <time dateTime={successor.asOf}>{successor.asOf}</time>)</>}
        </p>
      )}
      {fact.note && <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">Note: {fact.note}</p>}
      <ul className="mt-2 flex flex-col gap-1 text-xs text-slate-600 dark:text-slate-400" aria-label="Sources">
        {fact.sources.map((source) => (
          <SourceLine key={source.kind === "article" ? `a-${source.articleId}-${source.paragraph}` : `r-${source.referenceId}-${source.section ?? ""}`} source={source} />
        ))}
      </ul>
      {addCardHref && (
        <p className="mt-2 text-sm">
          <Link href={addCardHref} aria-describedby={`fact-${fact.id}-text`} className="inline-flex min-h-11 items-center text-indigo-700 underline dark:text-indigo-300">
            Add my own card about this fact
          </Link>
        </p>
      )}
    </li>
  );
}
