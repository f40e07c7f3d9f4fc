import Link from "next/link";
import { getCurrentUser } from "@/server/auth/current-user";
import { SignOutForm } from "@/components/auth/sign-out-form";
import { homeFor, navigationFor } from "@/lib/navigation";
import { MainNav } from "./main-nav";

export async function SiteHeader() {
  const user = await getCurrentUser();
  const links = navigationFor(user?.role ?? null);
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href={user ? homeFor(user.role) : "/"} className="text-lg font-bold tracking-tight">
          Dossier
        </Link>
        <MainNav links={links} />
        <div className="ml-auto flex items-center gap-3 text-sm">
          {user ? (
            <>
              <span className="hidden text-slate-600 sm:inline dark:text-slate-300">
                {user.name} <span className="text-xs">({user.role})</span>
              </span>
              <SignOutForm buttonClassName="rounded-md px-3 py-2 font-medium hover:bg-slate-100 disabled:cursor-wait dark:hover:bg-slate-800">Sign out</SignOutForm>
            </>
          ) : (
            <>
              <Link href="/sign-in" className="rounded-md px-3 py-2 font-medium hover:bg-slate-100 dark:hover:bg-slate-800">
                Sign in
              </Link>
              <Link href="/sign-up" className="rounded-md bg-indigo-600 px-3 py-2 font-semibold text-white hover:bg-indigo-700">
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
