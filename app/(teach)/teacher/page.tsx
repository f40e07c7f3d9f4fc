import type { Metadata } from "next";
import { requirePageUser } from "@/server/auth/current-user";

export const metadata: Metadata = { title: "Your classes" };

export default async function TeacherHomePage() {
  const user = await requirePageUser("teacher", "/teacher");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Your classes, {user.name}</h1>
      <p className="text-slate-700 dark:text-slate-300">Create a class to get a join code for your students.</p>
    </div>
  );
}
