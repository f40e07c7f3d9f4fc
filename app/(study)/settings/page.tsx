import type { Metadata } from "next";
import { StudySettingsForm } from "@/components/settings/study-settings-form";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { getStudySettings } from "@/server/queries/review-settings";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser("student", "/settings");
  const settings = await getStudySettings(await getDb(), user.id);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Settings</h1>
        <p className="text-slate-700 dark:text-slate-300">
          How your daily reviews are scheduled. Changes apply from the next card you see.
        </p>
      </div>
      <section aria-labelledby="review-settings-title" className="flex flex-col gap-4">
        <h2 id="review-settings-title" className="text-lg font-semibold">
          Reviews
        </h2>
        <StudySettingsForm initial={settings} />
      </section>
    </div>
  );
}
