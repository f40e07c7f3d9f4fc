import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { getTeacherClasses } from "@/server/queries/teacher-classes";
import { CreateClassForm } from "@/components/teacher/create-class-form";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Your classes" };

export default async function TeacherHomePage() {
  const user = await requirePageUser("teacher", "/teacher");
  const classes = await getTeacherClasses(await getDb(), user.id);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Your classes, {user.name}</h1>
        <TextLink href="/teacher/topic-sets">
          Topic sets
        </TextLink>
      </div>
      {classes.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">You have no classes yet. Create one to get a join code for your students.</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {classes.map((c) => (
            <li key={c.id}>
              <Link
                href={`/teacher/classes/${c.id}`}
                className="flex flex-col gap-1 rounded-xl border border-slate-200 bg-white p-4 hover:border-indigo-400 dark:border-slate-700 dark:bg-slate-900"
              >
                <span className="text-lg font-semibold text-indigo-700 dark:text-indigo-300">{c.name}</span>
                <span className="text-sm text-slate-600 dark:text-slate-300">
                  Exam {c.examYear} · {c.students === 1 ? "1 student" : `${c.students} students`} ·{" "}
                  {c.liveAssignments === 1 ? "1 assignment" : `${c.liveAssignments} assignments`}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <CreateClassForm defaultExamYear={new Date().getFullYear() + 1} />
    </div>
  );
}
