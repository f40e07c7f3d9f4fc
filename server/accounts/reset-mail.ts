import "server-only";
import { sendMail } from "@/server/mail/send-mail";

/** Sends a "forgot password" link without waiting: the answer must not take longer when the email has an account. */
export function sendResetLinkInBackground(link: { to: string; name: string; url: string }): void {
  void sendMail({
    to: link.to,
    subject: "Reset your Dossier password",
    text: `Hello ${link.name},\n\nSomeone (we hope you) asked to reset the password of your Dossier account. Open this link within 30 minutes to choose a new one; it works once:\n\n${link.url}\n\nIf you did not ask, ignore this email: your password stays as it is.\n`,
  }).catch((error: unknown) => console.error("password reset email failed", error));
}
