import type { Metadata } from "next";
import { FsrsOptimizerPanel } from "@/components/settings/fsrs-optimizer-panel";
import { StudySettingsForm } from "@/components/settings/study-settings-form";
import { SignOutForm } from "@/components/auth/sign-out-form";
import { buttonClass } from "@/components/ui/button";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { getOptimizerView } from "@/server/fsrs-optimizer/optimizer-view";
import { getStudySettings } from "@/server/queries/review-settings";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser(undefined, "/settings");
  const db = await getDb();
  const [settings, optimizer] = user.role === "student" ? await Promise.all([getStudySettings(db, user.id), getOptimizerView(db, user.id, new Date())]) : [null, null];
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Settings</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {settings ? "How your daily reviews are scheduled. Changes apply from the next card you see." : "Your account on this and other devices."}
        </p>
      </div>
      {settings && (
        <section aria-labelledby="review-settings-title" className="flex flex-col gap-4">
          <h2 id="review-settings-title" className="text-lg font-semibold">
            Reviews
          </h2>
          <StudySettingsForm initial={settings} />
        </section>
      )}
      {optimizer && (
        <section aria-labelledby="fsrs-optimizer-title" className="flex flex-col gap-4">
          <h2 id="fsrs-optimizer-title" className="text-lg font-semibold">
            Your memory model (FSRS optimizer)
          </h2>
          <FsrsOptimizerPanel initial={optimizer} />
        </section>
      )}
      <section aria-labelledby="sessions-title" className="flex flex-col items-start gap-3">
        <h2 id="sessions-title" className="text-lg font-semibold">
          Signed-in devices
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Lost a phone, or signed in on a shared computer? This signs you out on every device, this one included. You stay signed in
          elsewhere for at most 7 days without use, and 30 days in all.
        </p>
        <SignOutForm everywhere buttonClassName={buttonClass("secondary")}>
          Sign out everywhere
        </SignOutForm>
      </section>
    </div>
  );
}
