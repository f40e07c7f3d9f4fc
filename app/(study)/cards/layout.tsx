import type { ReactNode } from "react";
import { Providers } from "@/components/providers";

// The query client only where pages have interactive islands, so reading pages load none of it.
export default function QueryLayout({ children }: { children: ReactNode }) {
  return <Providers>{children}</Providers>;
}
