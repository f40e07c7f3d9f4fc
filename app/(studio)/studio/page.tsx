import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/server/db";
import { requireStudioPageUser } from "@/server/studio/studio-user";
import { listStudioArticles } from "@/server/studio/sources";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Studio" };

export default async function StudioHomePage() {
  const user = await requireStudioPageUser("/studio");
  const db = await getDb();
  const articles = await listStudioArticles(db, user);
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
