import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-2xl font-bold">Forgot your password?</h1>
      <p className="text-slate-700 dark:text-slate-300">Enter your email and we will send you a link to choose a new password.</p>
      <ForgotPasswordForm />
    </div>
  );
}
