import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { outboxEnabled, readOutbox } from "@/server/mail/send-mail";

export const metadata: Metadata = { title: "Mail outbox (development)", referrer: "no-referrer" };

const LINK = /https?:\/\/\S+/g;

/** Development only: the mail that would have been sent, since SMTP_URL is not set. */
export default async function OutboxPage() {
  await connection();
  if (!outboxEnabled()) notFound();
  const mails = await readOutbox();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Mail outbox</h1>
      <p className="text-slate-700 dark:text-slate-300">
        SMTP_URL is not set, so mail is not sent; it is kept here (and printed in the server log). This page exists only in development or with MAIL_OUTBOX=true.
      </p>
      {mails.length === 0 ? (
        <p>No mail yet.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {mails.map((mail) => (
            <li key={`${mail.sentAt}-${mail.to}`} className="flex flex-col gap-1 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700">
              <p>
                <strong>To {mail.to}</strong>: {mail.subject} <span className="text-slate-600 dark:text-slate-400">({mail.sentAt})</span>
              </p>
              {(mail.text.match(LINK) ?? []).map((url) => (
                <a key={url} href={url} className="break-all text-indigo-700 underline dark:text-indigo-300">
                  {`Open link for ${mail.to}`}
                </a>
              ))}
              <pre className="whitespace-pre-wrap font-sans text-slate-700 dark:text-slate-300">{mail.text}</pre>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
