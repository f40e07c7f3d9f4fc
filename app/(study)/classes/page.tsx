import type { Metadata } from "next";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { getClassMemberships } from "@/server/queries/class-memberships";
import { getStudentAssignments } from "@/server/queries/student-assignments";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { StudentAssignments } from "@/components/assignments/student-assignments";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  const user = await requirePageUser("student", "/classes");
  const db = await getDb();
  const now = new Date();
  const [memberships, assigned] = await Promise.all([getClassMemberships(db, user.id), getStudentAssignments(db, user.id, now)]);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold">Your classes</h1>
      <section aria-labelledby="join-heading" className="flex flex-col gap-3">
        <h2 id="join-heading" className="text-xl font-semibold">
          Join a class
        </h2>
        <JoinClassForm />
      </section>
      <section aria-labelledby="memberships-heading" className="flex flex-col gap-3">
        <h2 id="memberships-heading" className="text-xl font-semibold">
          Classes you are in
        </h2>
        {memberships.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-300">You are not in any class yet. Enter the code your teacher gave you above.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {memberships.map((m) => (
              <li key={m.classId} className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
                <span className="font-semibold">{m.className}</span>{" "}
                <span className="text-sm text-slate-600 dark:text-slate-300">
                  · exam {m.examYear} · {m.teacherName}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <StudentAssignments {...assigned} />
    </div>
  );
}
