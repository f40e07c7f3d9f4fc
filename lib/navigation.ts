export type NavLink = { href: string; label: string };

const student: NavLink[] = [
  { href: "/dashboard", label: "Today" },
  { href: "/review", label: "Review" },
  { href: "/topics", label: "Topics" },
  { href: "/practice", label: "Practice" },
  { href: "/stats", label: "Statistics" },
  { href: "/classes", label: "Classes" },
  { href: "/settings", label: "Settings" },
];

const teacher: NavLink[] = [
  { href: "/teacher", label: "Classes" },
  { href: "/teacher/topic-sets", label: "Topic sets" },
  { href: "/topics", label: "Topics" },
];

const visitor: NavLink[] = [{ href: "/topics", label: "Topics" }];

export function navigationFor(role: "student" | "teacher" | null): NavLink[] {
  return role === "student" ? student : role === "teacher" ? teacher : visitor;
}
