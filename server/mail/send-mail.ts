import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { serverEnv, type ServerEnv } from "@/server/env";

export type Mail = { to: string; subject: string; text: string };
export type OutboxEntry = Mail & { sentAt: string };

/**
 * The local outbox stands in for a mail server: only without SMTP_URL, and only in development
 * unless MAIL_OUTBOX=true (the e2e server). It holds live reset links, so production never has it.
 */
export function outboxEnabled(env: ServerEnv = serverEnv()): boolean {
  if (env.SMTP_URL) return false;
  return env.MAIL_OUTBOX === "true" || (env.MAIL_OUTBOX === "auto" && env.NODE_ENV === "development");
}

/** Beside the embedded database folder, so each e2e server has its own. */
export function outboxFile(env: ServerEnv = serverEnv()): string {
  return path.join(path.dirname(path.resolve(env.DOSSIER_DATA_DIR)), "outbox.jsonl");
}

let transport: Transporter | undefined;

/** Sends through SMTP_URL; without it, logs the message (and keeps it in the outbox when enabled). */
export async function sendMail(mail: Mail, env: ServerEnv = serverEnv()): Promise<void> {
  if (env.SMTP_URL) {
    transport ??= nodemailer.createTransport(env.SMTP_URL);
    await transport.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    return;
  }
  console.info(`[mail] SMTP_URL is not set, so this was not sent. To: ${mail.to}\nSubject: ${mail.subject}\n${mail.text}`);
  if (outboxEnabled(env)) {
    const file = outboxFile(env);
    await fs.mkdir(path.dirname(file), { recursive: true });
    const entry: OutboxEntry = { ...mail, sentAt: new Date().toISOString() };
    await fs.appendFile(file, `${JSON.stringify(entry)}\n`, { mode: 0o600 });
  }
}

/** The newest outbox messages first (empty when the outbox is off or nothing was sent). */
export async function readOutbox(limit = 50, env: ServerEnv = serverEnv()): Promise<OutboxEntry[]> {
  if (!outboxEnabled(env)) return [];
  const text = await fs.readFile(outboxFile(env), "utf8").catch(() => "");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as OutboxEntry)
    .reverse()
    .slice(0, limit);
}
