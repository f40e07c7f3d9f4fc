import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/server/db";
import { isAppError } from "@/server/errors";
import { requireStudioPageUser } from "@/server/studio/studio-user";
import { getStudioArticle } from "@/server/studio/sources";
import { ParagraphList } from "@/components/studio/paragraph-list";
import { RemovedText } from "@/components/studio/removed-text";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Article" };

export default async function StudioArticlePage({ params }: { params: Promise<{ articleId: string }> }) {
  const { articleId } = await params;
  const user = await requireStudioPageUser(`/studio/articles/${articleId}`);
  const article = await getStudioArticle(await getDb(), user, articleId).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <article className="flex flex-col gap-6">
      <p className="text-sm">
        <TextLink href="/studio">Studio</TextLink>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{article.label}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Id <code>{article.id}</code> · {article.paragraphs.length} paragraphs · {article.candidateFacts.length} candidate facts (marked)
          {article.origin === "file" ? " · registered in content/sources.yaml" : ""}
        </p>
        <ul className="text-sm">
          {article.publications.map((p, i) => (
            <li key={i}>
              {p.publisher} · {p.publishedAt}
              {p.url !== "unknown" ? ` · ${p.url}` : ""}
            </li>
          ))}
        </ul>
      </header>
      <RemovedText lines={article.removed} />
      <ParagraphList paragraphs={article.paragraphs} candidates={article.candidateFacts} />
    </article>
  );
}
