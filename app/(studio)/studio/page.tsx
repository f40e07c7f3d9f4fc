import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/server/db";
import { requireStudioPageUser } from "@/server/studio/studio-user";
import { listStudioArticles } from "@/server/studio/sources";
import { listFileTopics, listStudioTopics } from "@/server/studio/topics";
import { NewTopicForm } from "@/components/studio/new-topic-form";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Studio" };

export default async function StudioHomePage() {
  const user = await requireStudioPageUser("/studio");
  const db = await getDb();
  const [articles, topics, fileTopics] = await Promise.all([listStudioArticles(db, user), listStudioTopics(db, user), user.role === "editor" ? listFileTopics(db) : []]);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">Studio</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {user.role === "editor"
            ? "Write the public catalogue: every student sees what you publish."
            : "Write topics for your own classes: only your students see them, once you assign them."}
        </p>
      </div>
      <section aria-labelledby="topics" className="flex flex-col gap-3">
        <h2 id="topics" className="text-xl font-semibold">
          {user.role === "editor" ? "Catalogue topics" : "Your private topics"}
        </h2>
        <NewTopicForm />
        {topics.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">No topics written in the studio yet.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {topics.map((t) => (
              <li key={t.id}>
                <Link href={`/studio/topics/${t.id}`} className="flex flex-col rounded-lg border border-slate-200 p-3 hover:border-indigo-400 dark:border-slate-700">
                  <span className="font-medium text-indigo-700 dark:text-indigo-300">{t.title}</span>
                  <span className="text-sm text-slate-600 dark:text-slate-300">
                    {t.status === "in_review" ? "In review" : t.status === "published" ? "Published" : "Draft"} · version {t.version}
                    {t.exported ? " · exported to content/, read-only here" : ""}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {fileTopics.length > 0 && (
        <section aria-labelledby="file-topics" className="flex flex-col gap-3">
          <h2 id="file-topics" className="text-xl font-semibold">
            Topics from content/ files
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            These ship in the repository&apos;s <code>content/</code> files and cannot be edited in the studio: every start reloads them from the files, so a change made
            here would be lost. Edit the YAML file and run <code>npm run content:check</code>.
          </p>
          <ul className="grid gap-2 sm:grid-cols-2">
            {fileTopics.map((t) => (
              <li key={t.id} className="flex flex-col rounded-lg border border-dashed border-slate-300 p-3 text-sm dark:border-slate-700">
                <span className="font-medium">{t.title}</span>
                <span className="text-slate-600 dark:text-slate-300">
                  From content/topics/{t.id}.yaml · read-only here
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="articles" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="articles" className="text-xl font-semibold">
            Articles
          </h2>
          <Link href="/studio/sources/new" className={buttonClass("secondary")}>
            Add a source
          </Link>
        </div>
        {articles.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 p-6 text-center dark:border-slate-700">No articles yet. Add one to start writing facts from it.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {articles.map((a) => (
              <li key={a.id}>
                <Link href={`/studio/articles/${a.id}`} className="flex flex-col rounded-lg border border-slate-200 p-3 hover:border-indigo-400 dark:border-slate-700">
                  <span className="font-medium text-indigo-700 dark:text-indigo-300">{a.label}</span>
                  <span className="text-sm text-slate-600 dark:text-slate-300">
                    {a.paragraphCount} paragraphs{a.origin === "file" ? " · from content/" : ""}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
