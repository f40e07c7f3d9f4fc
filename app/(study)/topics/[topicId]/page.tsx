import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/server/db";
import { getTopicPage } from "@/server/queries/topics";
import { FactItem } from "@/components/topics/fact-item";
import { SaveForOffline } from "@/components/offline/save-for-offline";
import { buttonClass } from "@/components/ui/button";
import { TextLink } from "@/components/ui/text-link";
import { currentPrivateTopicIds } from "@/server/studio/current-topic-access";
import { getCurrentUser } from "@/server/auth/current-user";
import { TopicExportLinks } from "@/components/exchange/topic-export-links";

type Params = { params: Promise<{ topicId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const topic = await getTopicPage(await getDb(), (await params).topicId, await currentPrivateTopicIds());
  return { title: topic?.title ?? "Topic not found" };
}

export default async function TopicPage({ params }: Params) {
  const topic = await getTopicPage(await getDb(), (await params).topicId, await currentPrivateTopicIds());
  if (!topic) notFound();
  // Personal cards are for students; others (and visitors) read the topic without the controls.
  const student = (await getCurrentUser())?.role === "student";
  const newCard = (query: Record<string, string>) => `/cards/mine/new?${new URLSearchParams(query).toString()}`;
  const asOf = topic.asOf.toISOString().slice(0, 10);
  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <nav aria-label="Breadcrumb" className="text-sm">
          <TextLink href="/topics">
            Topics
          </TextLink>
        </nav>
        <h1 className="text-2xl font-bold sm:text-3xl">{topic.title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          As of <time dateTime={asOf}>{asOf}</time> · {topic.syllabusTags.join(" · ")}
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href={`/review?topic=${topic.id}`} className={buttonClass("primary")}>
            Study this topic ({topic.flashcardCount} cards)
          </Link>
          <Link href={`/practice/topic/${topic.id}`} className={buttonClass("secondary")}>
            Practise questions ({topic.questionCount})
          </Link>
          {student && (
            <Link href={newCard({ topic: topic.id })} className={buttonClass("secondary")}>
              Add my own card
            </Link>
          )}
          {topic.mainsQuestionCount > 0 && (
            <Link href="/practice/mains" className={buttonClass("secondary")}>
              Mains answers ({topic.mainsQuestionCount})
            </Link>
          )}
        </div>
        <SaveForOffline paths={[`/topics/${topic.id}`, `/review?topic=${topic.id}`]} />
      </header>
      <section aria-labelledby="summary" className="flex flex-col gap-2">
        <h2 id="summary" className="text-xl font-semibold">
          Summary
        </h2>
        {topic.summary.split(/\n{2,}/).map((paragraph, i) => (
          <p key={i} className="leading-relaxed">
            {paragraph}
          </p>
        ))}
      </section>
      <section aria-labelledby="why" className="flex flex-col gap-2 rounded-xl bg-indigo-50 p-5 dark:bg-indigo-950">
        <h2 id="why" className="text-lg font-semibold">
          Why it matters for the exam
        </h2>
        <p className="leading-relaxed">{topic.whyItMatters}</p>
      </section>
      <section aria-labelledby="facts" className="flex flex-col gap-3">
        <h2 id="facts" className="text-xl font-semibold">
          Key facts ({topic.facts.length})
        </h2>
        <ol className="flex flex-col gap-3">
          {topic.facts.map((fact) => (
            <FactItem key={fact.id} fact={fact} topicId={topic.id} {...(student ? { addCardHref: newCard({ topic: topic.id, fact: fact.id }) } : {})} />
          ))}
        </ol>
      </section>
      {topic.related.length > 0 && (
        <section aria-labelledby="related" className="flex flex-col gap-2">
          <h2 id="related" className="text-xl font-semibold">
            Related topics
          </h2>
          <ul className="flex flex-wrap gap-2">
            {topic.related.map((r) => (
              <li key={r.id}>
                <Link href={`/topics/${r.id}`} className={buttonClass("secondary")}>
                  {r.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {topic.flashcardCount > 0 && (await getCurrentUser()) && <TopicExportLinks topicId={topic.id} />}
    </article>
  );
}
