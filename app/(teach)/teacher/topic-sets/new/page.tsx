import type { Metadata } from "next";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { getTeacherCatalogue } from "@/server/queries/teacher-catalogue";
import { TopicSetForm } from "@/components/teacher/topic-set-form";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "New topic set" };

export default async function NewTopicSetPage() {
  const user = await requirePageUser("teacher", "/teacher/topic-sets/new");
  const catalogue = await getTeacherCatalogue(await getDb(), user.id);
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <TextLink href="/teacher/topic-sets">
          Topic sets
        </TextLink>
      </p>
      <h1 className="text-2xl font-bold">New topic set</h1>
      <TopicSetForm topics={catalogue.topics} questions={catalogue.questions} />
    </div>
  );
}
