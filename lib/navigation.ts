export type NavLink = { href: string; label: string };

const student: NavLink[] = [
  { href: "/dashboard", label: "Today" },
  { href: "/review", label: "Review" },
  { href: "/cards", label: "Cards" },
  { href: "/topics", label: "Topics" },
  { href: "/practice", label: "Practice" },
  { href: "/stats", label: "Statistics" },
  { href: "/classes", label: "Classes" },
  { href: "/settings", label: "Settings" },
];

const teacher: NavLink[] = [
  { href: "/teacher", label: "Classes" },
  { href: "/teacher/topic-sets", label: "Topic sets" },
  { href: "/studio", label: "Studio" },
  { href: "/topics", label: "Topics" },
];

const editor: NavLink[] = [
  { href: "/studio", label: "Studio" },
  { href: "/topics", label: "Topics" },
];

const visitor: NavLink[] = [{ href: "/topics", label: "Topics" }];

export type NavRole = "student" | "teacher" | "editor";

export function navigationFor(role: NavRole | null): NavLink[] {
  return role === "student" ? student : role === "teacher" ? teacher : role === "editor" ? editor : visitor;
}

/** Where each role lands after signing in. */
export function homeFor(role: NavRole): string {
  return role === "teacher" ? "/teacher" : role === "editor" ? "/studio" : "/dashboard";
}
