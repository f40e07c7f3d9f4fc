import type { Metadata } from "next";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { isAppError } from "@/server/errors";
import { resolveStudyScope, type StudyScope } from "@/server/queries/review-custom";
import { CustomStudyForm } from "@/components/review/custom-study-form";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Custom study" };

type Search = Record<string, string | string[] | undefined>;

function scopeOf(search: Search): StudyScope | null {
  for (const key of ["topic", "assignment", "topicSet"] as const) {
    const value = search[key];
    if (typeof value === "string" && value.trim() !== "") return { [key]: value.trim() } as StudyScope;
  }
  return null;
}

/** Set up a custom session for a topic, an assignment or a topic set (or, with none, today's forgotten cards). */
export default async function CustomStudyPage({ searchParams }: { searchParams: Promise<Search> }) {
  const scope = scopeOf(await searchParams);
  const scopeQuery = scope ? new URLSearchParams(scope as Record<string, string>).toString() : "";
  const user = await requirePageUser("student", `/review/custom${scopeQuery ? `?${scopeQuery}` : ""}`);
  let title = "all topics";
  if (scope) {
    try {
      title = (await resolveStudyScope(await getDb(), user.id, scope)).title;
    } catch (error) {
      if (!isAppError(error) || error.code !== "not_found") throw error;
      return (
        <div className="flex flex-col items-start gap-4">
          <h1 className="text-2xl font-bold">Custom study</h1>
          <p role="alert">{error.message}</p>
          <TextLink href="/review">Back to review</TextLink>
        </div>
      );
    }
  }
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">Custom study: {title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Study beyond today&apos;s schedule. Your daily review is not changed; each choice below says how it affects what comes later.
        </p>
      </div>
      <CustomStudyForm scopeQuery={scopeQuery} />
    </div>
  );
}
