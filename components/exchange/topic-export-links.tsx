import { buttonClass } from "@/components/ui/button";

/** A topic's catalogue cards as a fresh deck for Anki or a spreadsheet (signed-in people only: the route checks). */
export function TopicExportLinks({ topicId }: { topicId: string }) {
  const base = `/api/topics/${encodeURIComponent(topicId)}/export`;
  return (
    <section aria-labelledby="export-topic" className="flex flex-col gap-2">
      <h2 id="export-topic" className="text-xl font-semibold">
        Take these cards elsewhere
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">This topic&apos;s cards as a new deck, without anyone&apos;s schedule.</p>
      <div className="flex flex-wrap gap-3">
        <a className={buttonClass("secondary")} href={`${base}?format=apkg`} download>
          Download this topic&apos;s cards for Anki (.apkg)
        </a>
        <a className={buttonClass("secondary")} href={`${base}?format=csv`} download>
          Download this topic&apos;s cards as CSV
        </a>
      </div>
    </section>
  );
}
