import Link from "next/link";
import type { ComponentProps } from "react";

/** An inline link in body text: underlined and coloured so it reads as a link in light and dark. */
export function TextLink({ className = "", ...props }: ComponentProps<typeof Link>) {
  return <Link {...props} className={`text-indigo-700 underline dark:text-indigo-300 ${className}`.trim()} />;
}
