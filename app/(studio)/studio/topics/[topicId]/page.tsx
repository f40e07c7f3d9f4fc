import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/server/db";
import { isAppError } from "@/server/errors";
import { requireStudioPageUser } from "@/server/studio/studio-user";
import { getStudioArticle, listStudioArticles } from "@/server/studio/sources";
import { getStudioTopic } from "@/server/studio/topics";
import { TopicEditor } from "@/components/studio/topic-editor";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Edit topic" };

export default async function StudioTopicPage({ params }: { params: Promise<{ topicId: string }> }) {
  const { topicId } = await params;
  const user = await requireStudioPageUser(`/studio/topics/${topicId}`);
  const db = await getDb();
  const topic = await getStudioTopic(db, user, topicId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const articles = await Promise.all((await listStudioArticles(db, user)).map((a) => getStudioArticle(db, user, a.id)));
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        <TextLink href="/studio">Studio</TextLink>
      </p>
      <h1 className="text-2xl font-bold">{topic.document.topic.title}</h1>
      {topic.inContentFiles ? (
        <p role="note" className="rounded-xl border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950">
          This topic was exported to <code>content/</code> and now ships from <code>content/topics/{topic.id}.yaml</code>. Every start reloads it from that file, so it
          cannot be edited here: an edit made in the studio would be lost. Change the file and run <code>npm run content:check</code>.
        </p>
      ) : (
        <TopicEditor initial={topic} articles={articles} />
      )}
    </div>
  );
}
