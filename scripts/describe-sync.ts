import type { SyncReport } from "@/server/content/sync-content";

export function describeSync(report: SyncReport): string {
  const parts = (["topics", "facts", "flashcards", "questions"] as const).map((table) => {
    const c = report[table];
    return `${table} +${c.created} ~${c.updated} -${c.retired} =${c.unchanged}`;
  });
  const flagged = report.cardsFlaggedForRelearning ? `; ${report.cardsFlaggedForRelearning} card states flagged for relearning` : "";
  const adopted = report.adoptedFromStudio ? `; ${report.adoptedFromStudio} rows exported from the studio now come from content/` : "";
  return `content sync: ${parts.join(", ")}${flagged}${adopted}`;
}
