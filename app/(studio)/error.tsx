"use client";
import { SectionError } from "@/components/ui/section-states";

export default function ErrorBoundary({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <SectionError title="The studio could not load" error={error} reset={reset} />;
}
