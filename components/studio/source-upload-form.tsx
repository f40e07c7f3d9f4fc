"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FieldShell, controlClass } from "@/components/ui/field-shell";
import { AlertText } from "@/components/classes/alert-text";
import { api } from "@/components/api-client";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { formatPercent } from "@/lib/format/numbers";
import type { SourcePreview } from "@/server/studio/sources";
import { ParagraphList } from "./paragraph-list";
import { RemovedText } from "./removed-text";

const MAX_BYTES = 200 * 1024;
type Source = { fileName: string | null; contentBase64?: string; text?: string };

async function readFile(file: File): Promise<Source> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, contentBase64: btoa(binary) };
}

/** Paste or upload an article, check how it was cleaned, correct its publisher and date, then store it. */
export function SourceUploadForm() {
  const router = useRouter();
  const { formRef, errorFor, formError, fail, clear } = useFieldErrors();
  const [mode, setMode] = useState<"paste" | "file">("file");
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [source, setSource] = useState<Source | null>(null);
  const [label, setLabel] = useState("");
  const [publisher, setPublisher] = useState("");
  const [publishedAt, setPublishedAt] = useState("");
  const [url, setUrl] = useState("");

  const preview = useMutation({
    mutationFn: async () => {
      let next: Source;
      if (mode === "paste") next = { fileName: null, text };
      else {
        if (!file) throw new Error("Choose a .txt, .html or WordPress .json file first.");
        if (file.size > MAX_BYTES) throw new Error(`${file.name} is ${Math.ceil(file.size / 1024)} kB; an article can be at most 200 kB.`);
        next = await readFile(file);
      }
      const result = await api.post<SourcePreview>("/api/studio/sources/preview", next);
      setSource(next);
      setPublisher(result.detected.publisher);
      setPublishedAt(result.detected.publishedAt);
      setUrl(result.detected.url);
      return result;
    },
  });
  const save = useMutation({
    mutationFn: (addToArticleId?: string) =>
      api.post<{ articleId: string }>("/api/studio/sources", {
        source,
        label,
        publication: { publisher, url, publishedAt },
        ...(addToArticleId ? { addToArticleId } : {}),
      }),
    onMutate: () => clear(),
    onSuccess: ({ articleId }) => router.push(`/studio/articles/${articleId}`),
    onError: (error) => fail(error),
  });
  const result = preview.data;

  return (
    <div className="flex flex-col gap-6">
      <form
        noValidate
        className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
        onSubmit={(e) => {
          e.preventDefault();
          save.reset();
          preview.mutate();
        }}
      >
        <fieldset className="flex flex-wrap gap-4">
          <legend className="mb-2 text-sm font-medium">Article</legend>
          {(["file", "paste"] as const).map((m) => (
            <label key={m} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="source-mode" className="size-5" checked={mode === m} onChange={() => setMode(m)} />
              {m === "file" ? "Upload a file" : "Paste text"}
            </label>
          ))}
        </fieldset>
        {mode === "file" ? (
          <FieldShell label="Article file (.txt, .html or WordPress .json, at most 200 kB)" name="article-file" error={fileError ?? undefined}>
            <input
              id="article-file"
              type="file"
              accept=".txt,.html,.htm,.json,text/plain,text/html,application/json"
              className={controlClass}
              onChange={(e) => {
                const chosen = e.target.files?.[0] ?? null;
                setFile(chosen);
                setFileError(chosen && chosen.size > MAX_BYTES ? `${chosen.name} is ${Math.ceil(chosen.size / 1024)} kB; an article can be at most 200 kB.` : null);
              }}
            />
          </FieldShell>
        ) : (
          <FieldShell label="Article text" name="article-text">
            <textarea id="article-text" rows={10} className={controlClass} value={text} onChange={(e) => setText(e.target.value)} />
          </FieldShell>
        )}
        <AlertText error={preview.error?.message} />
        <div>
          <Button type="submit" disabled={preview.isPending}>
            {preview.isPending ? "Cleaning…" : "Clean article"}
          </Button>
        </div>
      </form>

      {result && (
        <form ref={formRef} noValidate aria-labelledby="cleaned" className="flex flex-col gap-4" onSubmit={(e) => e.preventDefault()}>
          <h2 id="cleaned" className="text-xl font-semibold">
            Cleaned article: {result.paragraphs.length} paragraphs, {result.candidateFacts.length} candidate facts
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-300">Detected title: {result.title}</p>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Label (your own words, not the headline)" name="label" value={label} onChange={(e) => setLabel(e.target.value)} maxLength={80} error={errorFor("label")} />
            <Field label="Publisher" name="article-publisher" value={publisher} onChange={(e) => setPublisher(e.target.value)} />
            <Field label="Published on (YYYY-MM-DD or unknown)" name="article-date" value={publishedAt} onChange={(e) => setPublishedAt(e.target.value)} />
            <Field label="URL (or unknown)" name="article-url" value={url} onChange={(e) => setUrl(e.target.value)} />
          </div>
          {result.sameStory ? (
            <div role="status" className="flex flex-col gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950">
              <p>
                This is the same story as the stored article “{result.sameStory.label}”
                {result.sameStory.shared > 0 ? ` (${formatPercent(result.sameStory.shared)} of its word sequences shared)` : " (same title)"}.
                {result.sameStory.hasText ? " Add this copy as another source of it." : " Its text was never stored: this upload supplies it."}
              </p>
              <div className="flex flex-wrap gap-3">
                <Button type="button" disabled={save.isPending} onClick={() => save.mutate(result.sameStory?.articleId)}>
                  Add as another source
                </Button>
                <Button type="button" variant="secondary" disabled={save.isPending} onClick={() => save.mutate(undefined)}>
                  Save as a new article anyway
                </Button>
              </div>
            </div>
          ) : (
            <div>
              <Button type="button" disabled={save.isPending} onClick={() => save.mutate(undefined)}>
                {save.isPending ? "Saving…" : "Save article"}
              </Button>
            </div>
          )}
          <AlertText error={formError ?? (errorFor("publication") ? `Publisher, date or URL: ${errorFor("publication")}` : undefined)} />
          <RemovedText lines={result.removed} />
          <ParagraphList paragraphs={result.paragraphs} candidates={result.candidateFacts} />
        </form>
      )}
    </div>
  );
}
