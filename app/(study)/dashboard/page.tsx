import type { Metadata } from "next";
import { requirePageUser } from "@/server/auth/current-user";

export const metadata: Metadata = { title: "Today" };

export default async function DashboardPage() {
  const user = await requirePageUser("student", "/dashboard");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Welcome, {user.name}</h1>
      <p className="text-slate-700 dark:text-slate-300">Your study plan for today appears here.</p>
    </div>
  );
}
