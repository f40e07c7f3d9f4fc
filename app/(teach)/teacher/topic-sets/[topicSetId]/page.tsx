import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { getTeacherCatalogue } from "@/server/queries/teacher-catalogue";
import { getTeacherTopicSet } from "@/server/queries/teacher-topic-sets";
import { TopicSetForm } from "@/components/teacher/topic-set-form";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Edit topic set" };

export default async function EditTopicSetPage({ params }: { params: Promise<{ topicSetId: string }> }) {
  const { topicSetId } = await params;
  const user = await requirePageUser("teacher", `/teacher/topic-sets/${topicSetId}`);
  const db = await getDb();
  const set = await getTeacherTopicSet(db, user.id, topicSetId);
  if (!set) notFound();
  const catalogue = await getTeacherCatalogue(db, user.id);
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <TextLink href="/teacher/topic-sets">
          Topic sets
        </TextLink>
      </p>
      <h1 className="text-2xl font-bold">Edit {set.name}</h1>
      {set.assignments > 0 && (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950">
          {set.assignments === 1 ? "1 assignment uses" : `${set.assignments} assignments use`} this set. Their tests keep the questions chosen when they were assigned;
          the cards to review follow the topics you save here. Students&apos; progress is never lost.
        </p>
      )}
      <TopicSetForm topics={catalogue.topics} questions={catalogue.questions} initial={set} />
    </div>
  );
}
