import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { requirePageUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { isAppError } from "@/server/errors";
import { previewJoinCode, type JoinableClass } from "@/server/classes/join-class";
import { formatJoinCode, normalizeJoinCode } from "@/lib/classes/join-code";
import { JoinConfirm } from "@/components/classes/join-confirm";

export const metadata: Metadata = { title: "Join a class" };

const link = "text-indigo-700 underline dark:text-indigo-300";

// A join link (/join/<code>). It lives in the (teach) group only for file ownership; it is for students.
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code: raw } = await params;
  const user = await requirePageUser(undefined, `/join/${encodeURIComponent(raw)}`);
  if (user.role !== "student") {
    return (
      <Shell>
        <p>Join links are for students. Share this link with your students; they join after signing in.</p>
        <Link href="/teacher" className={link}>
          Back to your classes
        </Link>
      </Shell>
    );
  }
  const code = normalizeJoinCode(decodeURIComponent(raw));
  let target: JoinableClass | null = null;
  let problem = code === null ? "That link does not contain a valid join code. Check it with your teacher." : null;
  if (code) {
    try {
      target = await previewJoinCode(await getDb(), user.id, code, new Date());
    } catch (error) {
      if (!isAppError(error)) throw error;
      problem = error.message;
    }
  }
  if (!target || !code) {
    return (
      <Shell>
        <p role="alert">{problem}</p>
        <Link href="/classes" className={link}>
          Enter a code on your classes page
        </Link>
      </Shell>
    );
  }
  if (target.alreadyMember) {
    return (
      <Shell>
        <p>You are already in {target.className}.</p>
        <Link href="/classes" className={link}>
          Go to your classes
        </Link>
      </Shell>
    );
  }
  return (
    <Shell>
      <p>
        <strong>{target.className}</strong> (exam {target.examYear}), taught by {target.teacherName}. Code {formatJoinCode(code)}.
      </p>
      <p className="text-sm text-slate-700 dark:text-slate-300">From the day you join, your teacher sees your cards reviewed, recall and practice accuracy on this class&apos;s assigned topics, your scores on its tests, how many cards you have due, and when you last studied.</p>
      <JoinConfirm code={code} className={target.className} />
    </Shell>
  );
}

function Shell({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-start gap-4">
      <h1 className="text-2xl font-bold">Join a class</h1>
      {children}
    </div>
  );
}
