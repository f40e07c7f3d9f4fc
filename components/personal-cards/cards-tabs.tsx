import Link from "next/link";

const tabClass = "inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium";
const current = `${tabClass} bg-indigo-100 text-indigo-900 dark:bg-indigo-900 dark:text-indigo-50`;
const other = `${tabClass} text-indigo-700 underline dark:text-indigo-300`;

/** The two card pages: every card of the course, and the student's own. */
export function CardsTabs({ active }: { active: "browser" | "mine" }) {
  return (
    <nav aria-label="Card pages" className="flex flex-wrap gap-2">
      <Link href="/cards" className={active === "browser" ? current : other} aria-current={active === "browser" ? "page" : undefined}>
        Card browser
      </Link>
      <Link href="/cards/mine" className={active === "mine" ? current : other} aria-current={active === "mine" ? "page" : undefined}>
        My cards
      </Link>
    </nav>
  );
}
