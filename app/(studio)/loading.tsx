import { SectionLoading } from "@/components/ui/section-states";

export default function Loading() {
  return <SectionLoading label="Loading the studio…" />;
}
