import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/server/auth/current-user";
import { buttonClass } from "@/components/ui/button";
import { homeFor } from "@/lib/navigation";

const features = [
  { title: "Daily reviews that stick", body: "Key facts such as treaty years, trade targets and named initiatives, scheduled with FSRS so you review each one just before you would forget it." },
  { title: "Practice in the exam's own formats", body: "Statement-based, how-many-of-the-above, match-the-pairs and Statement-I/II questions, with UPSC negative marking and timed mock tests." },
  { title: "Every fact sourced", body: "Summaries written for the exam, each fact linked to the article and paragraph it comes from." },
  { title: "Built for classes", body: "Teachers assign topic sets and see who is keeping up, topic by topic." },
];

export default async function LandingPage() {
  const user = await getCurrentUser();
  if (user) redirect(homeFor(user.role));
  return (
    <div className="flex flex-col gap-10">
      <section className="flex flex-col gap-4">
        <p className="text-sm font-semibold uppercase tracking-wide text-indigo-700 dark:text-indigo-300">UPSC GS Paper 2 · International Relations</p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Current affairs you can recall on exam day.</h1>
        <p className="max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          Dossier turns the news into topic notes, sourced facts, flashcards and exam-style questions, then schedules your revision so it lasts until the exam.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/sign-up" className={buttonClass("primary")}>
            Create a free account
          </Link>
          <Link href="/topics" className={buttonClass("secondary")}>
            Browse topics
          </Link>
        </div>
      </section>
      <section aria-labelledby="features" className="flex flex-col gap-4">
        <h2 id="features" className="text-xl font-semibold">
          What you get
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {features.map((feature) => (
            <li key={feature.title} className="rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
              <h3 className="font-semibold">{feature.title}</h3>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{feature.body}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
