import { recallBand, type RecallBand } from "@/lib/classes/recall-curve";
import { formatPercent } from "@/lib/format/numbers";
import type { TopicCell, TopicRecall } from "@/server/queries/class-topic-recall";
import { TextLink } from "@/components/ui/text-link";

const BAND_STYLES: Record<RecallBand, string> = {
  none: "bg-white text-slate-600 dark:bg-slate-900 dark:text-slate-300",
  weak: "bg-rose-200 text-rose-950 dark:bg-rose-900 dark:text-rose-50",
  shaky: "bg-orange-200 text-orange-950 dark:bg-orange-900 dark:text-orange-50",
  fair: "bg-amber-100 text-amber-950 dark:bg-amber-800 dark:text-amber-50",
  good: "bg-lime-200 text-lime-950 dark:bg-lime-900 dark:text-lime-50",
  strong: "bg-emerald-300 text-emerald-950 dark:bg-emerald-800 dark:text-emerald-50",
};

export function accuracy(cell: TopicCell | undefined): string {
  return cell && cell.attempted > 0 ? `${formatPercent(cell.correct / cell.attempted)} of ${cell.attempted}` : "–";
}

export function RecallCell({ cell }: { cell: TopicCell | undefined }) {
  const recall = cell?.recall ?? null;
  return (
    <td className={`px-2 py-2 text-center tabular-nums ${BAND_STYLES[recallBand(recall)]}`}>
      {formatPercent(recall)}
      {cell && cell.cards > 0 && <span className="sr-only"> recall over {cell.cards} cards</span>}
    </td>
  );
}

/**
 * Average recall (FSRS retrievability now) per student and topic, coloured by band, with the
 * class average and class practice accuracy on top. Every colour is also written as a number.
 */
export function RecallHeatmap({ data, students, classId }: { data: TopicRecall; students: { id: string; name: string }[]; classId: string }) {
  if (data.topics.length === 0) return <p className="text-sm">No topics have been loaded yet.</p>;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-700" tabIndex={0} role="region" aria-label="Recall by topic">
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">Average recall per student and topic, with class averages and practice accuracy</caption>
        <thead className="bg-slate-100 dark:bg-slate-800">
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-medium">
              Student
            </th>
            {data.topics.map((t) => (
              <th key={t.id} scope="col" className="min-w-24 px-2 py-2 text-center text-xs font-medium">
                {t.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="border-b-2 border-slate-300 dark:border-slate-600">
            <th scope="row" className="px-3 py-2 text-left font-semibold">
              Class recall
            </th>
            {data.topics.map((t) => (
              <RecallCell key={t.id} cell={data.byTopic.get(t.id)} />
            ))}
          </tr>
          <tr className="border-b-2 border-slate-300 dark:border-slate-600">
            <th scope="row" className="px-3 py-2 text-left font-semibold">
              Practice accuracy
            </th>
            {data.topics.map((t) => (
              <td key={t.id} className="px-2 py-2 text-center tabular-nums">
                {accuracy(data.byTopic.get(t.id))}
              </td>
            ))}
          </tr>
          {students.map((s) => (
            <tr key={s.id} className="border-b border-slate-100 last:border-0 dark:border-slate-800">
              <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-medium">
                <TextLink href={`/teacher/classes/${classId}/students/${s.id}`}>
                  {s.name}
                </TextLink>
              </th>
              {data.topics.map((t) => (
                <RecallCell key={t.id} cell={data.byStudent.get(s.id)?.get(t.id)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RecallLegend() {
  const bands: [RecallBand, string][] = [
    ["weak", "under 50%"],
    ["shaky", "50–69%"],
    ["fair", "70–84%"],
    ["good", "85–94%"],
    ["strong", "95% and up"],
  ];
  return (
    <ul className="flex flex-wrap gap-2 text-xs" aria-label="Colour key">
      {bands.map(([band, label]) => (
        <li key={band} className={`rounded px-2 py-1 ${BAND_STYLES[band]}`}>
          {label}
        </li>
      ))}
      <li className={`rounded border border-slate-200 px-2 py-1 dark:border-slate-700 ${BAND_STYLES.none}`}>– not studied</li>
    </ul>
  );
}
