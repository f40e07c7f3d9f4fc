import type { TopicCell } from "@/server/queries/class-topic-recall";
import { accuracy, RecallCell } from "./recall-heatmap";

/** One student's topics: cards studied, average recall now (coloured by band) and practice accuracy. */
export function StudentTopicTable({ topics, cells }: { topics: { id: string; title: string }[]; cells: Map<string, TopicCell> }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-700" tabIndex={0} role="region" aria-label="Recall by topic">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Recall and practice accuracy per topic</caption>
        <thead className="bg-slate-100 text-left dark:bg-slate-800">
          <tr>
            <th scope="col" className="px-3 py-2">Topic</th>
            <th scope="col" className="px-3 py-2 text-center">Cards studied</th>
            <th scope="col" className="px-3 py-2 text-center">Recall now</th>
            <th scope="col" className="px-3 py-2 text-center">Practice accuracy</th>
          </tr>
        </thead>
        <tbody>
          {topics.map((t) => {
            const cell = cells.get(t.id);
            return (
              <tr key={t.id} className="border-t border-slate-100 dark:border-slate-800">
                <th scope="row" className="px-3 py-2 text-left font-medium">{t.title}</th>
                <td className="px-3 py-2 text-center tabular-nums">{cell?.cards ?? 0}</td>
                <RecallCell cell={cell} />
                <td className="px-3 py-2 text-center tabular-nums">{accuracy(cell)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
