import Link from "next/link";
import type { TopicMastery } from "@/lib/stats";
import { MasteryMeter } from "./mastery-meter";
import { StatsSection } from "./stats-section";
import { TextLink } from "@/components/ui/text-link";

/** Per topic: how much is started, and how well the started cards are held today. */
export function MasterySection({ mastery }: { mastery: readonly TopicMastery[] }) {
  return (
    <StatsSection
      id="mastery"
      title="Mastery by topic"
      intro="Recall now is the average chance, by the FSRS memory model, that you would recall each card you have started if asked today."
    >
      {mastery.length === 0 ? (
        <p className="text-sm">There are no topics yet.</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {mastery.map((m) => (
            <li key={m.topicId} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
              <h3 className="font-medium">
                <Link href={`/topics/${m.topicId}`} className="hover:underline">
                  {m.title}
                </Link>
              </h3>
              <MasteryMeter label="Recall now" value={m.averageRecall} />
              <MasteryMeter label={`Started: ${m.introduced} of ${m.cardCount} cards`} value={m.shareIntroduced} tone="emerald" />
              {m.introduced === 0 && (
                <TextLink href={`/review?topic=${m.topicId}`} aria-label={`Start this topic: ${m.title}`} className="text-sm font-medium">
                  Start this topic
                </TextLink>
              )}
            </li>
          ))}
        </ul>
      )}
    </StatsSection>
  );
}
