import type { Metadata } from "next";
import { requirePageUser } from "@/server/auth/current-user";
import { CardImportForm } from "@/components/exchange/card-import-form";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Import and export cards" };

/** Bring cards in from Anki or Quizlet, and take one's cards and schedule out to Anki or a spreadsheet. */
export default async function CardExchangePage() {
  await requirePageUser("student", "/cards/exchange");
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Import and export cards</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Your cards are yours: bring in an Anki deck or a Quizlet set, and take your cards and their schedule to Anki whenever you like.
        </p>
      </div>
      <section aria-labelledby="export-heading" className="flex flex-col gap-3">
        <h2 id="export-heading" className="text-xl font-semibold">
          Export
        </h2>
        <p className="text-sm">
          Your own cards and the course cards you study. The Anki package keeps each card&apos;s schedule, its FSRS memory state and your review history.
        </p>
        <div className="flex flex-wrap gap-3">
          <a className={buttonClass()} href="/api/cards/export?format=apkg" download>
            Download for Anki (.apkg)
          </a>
          <a className={buttonClass("secondary")} href="/api/cards/export?format=csv" download>
            Download as CSV
          </a>
        </div>
      </section>
      <section aria-labelledby="import-heading" className="flex flex-col gap-3">
        <h2 id="import-heading" className="text-xl font-semibold">
          Import
        </h2>
        <p className="text-sm">
          You see what will be created before anything is saved. Rows with errors are skipped and listed with the reason; importing the same file again adds nothing.
        </p>
        <CardImportForm />
      </section>
    </div>
  );
}
