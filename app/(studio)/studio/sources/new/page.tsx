import type { Metadata } from "next";
import { requireStudioPageUser } from "@/server/studio/studio-user";
import { SourceUploadForm } from "@/components/studio/source-upload-form";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Add a source" };

export default async function NewSourcePage() {
  await requireStudioPageUser("/studio/sources/new");
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <TextLink href="/studio">Studio</TextLink>
      </p>
      <h1 className="text-2xl font-bold">Add a source</h1>
      <p className="text-slate-700 dark:text-slate-300">
        The article is cleaned by the same code as <code>npm run ingest</code>. Its text stays private to editors and to you; students only ever see our facts and citations.
      </p>
      <SourceUploadForm />
    </div>
  );
}
