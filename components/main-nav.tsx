"use client";
import { useEffect, useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavLink } from "@/lib/navigation";
import { currentNavHref } from "@/lib/navigation-current";

/**
 * The main navigation. Wide screens show the links in a row; phones get a Menu button that opens
 * them as a list, so no item hides off-screen. The current section is marked for screen readers
 * (aria-current) and by sight (bold, underlined, tinted).
 */
export function MainNav({ links }: { links: readonly NavLink[] }) {
  const pathname = usePathname();
  const current = currentNavHref(links, pathname);
  const [open, setOpen] = useState(false);
  // A followed link closes the menu.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOpen(false);
  }, [pathname]);
  const currentLabel = links.find((l) => l.href === current)?.label;
  return (
    <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
      {links.length > 1 && (
        <button
          type="button"
          className="flex min-h-11 w-full items-center justify-between rounded-md border border-slate-300 px-3 text-sm font-medium sm:hidden dark:border-slate-600"
          aria-expanded={open}
          aria-controls="main-nav-list"
          onClick={() => setOpen((o) => !o)}
        >
          <span>Menu{currentLabel ? <span className="font-normal text-slate-600 dark:text-slate-300"> · {currentLabel}</span> : null}</span>
          <span aria-hidden="true">{open ? "▲" : "▼"}</span>
        </button>
      )}
      <ul id="main-nav-list" className={`${open || links.length <= 1 ? "flex" : "hidden"} mt-2 flex-col gap-1 text-sm sm:mt-0 sm:flex sm:flex-row sm:flex-wrap`}>
        {links.map((link) => {
          const here = link.href === current;
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={here ? "page" : undefined}
                className={`block min-h-11 whitespace-nowrap rounded-md px-3 py-2 sm:min-h-0 ${
                  here
                    ? "bg-indigo-50 font-semibold text-indigo-800 underline decoration-2 underline-offset-4 dark:bg-indigo-950 dark:text-indigo-200"
                    : "hover:bg-slate-100 dark:hover:bg-slate-800"
                }`}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
