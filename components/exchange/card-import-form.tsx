"use client";
import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { FieldShell, controlClass, describedBy } from "@/components/ui/field-shell";
import { AlertText } from "@/components/classes/alert-text";
import { TextLink } from "@/components/ui/text-link";
import { api } from "@/components/api-client";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import type { ImportFileInput, ImportPreview, ImportResult, PreviewStatus } from "@/server/exchange/import-types";

const MAX_BYTES = 20 * 1024 * 1024;
const FILE_HINT =
  "CSV or text: front, back and optional tags, separated by tabs or commas (Quizlet's and Anki's text exports). Anki: a deck package exported with “Support older Anki versions” ticked.";
/** Both fields of the request are the one file control. */
const CONTROLS = { fileName: "card-file", contentBase64: "card-file" };
const ACCEPT = ".csv,.txt,.tsv,.apkg,.colpkg,text/csv,text/plain,text/tab-separated-values";

async function readFile(file: File): Promise<ImportFileInput> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, contentBase64: btoa(binary) };
}

const STATUS_TEXT: Record<PreviewStatus, string> = {
  new: "Will be created",
  link: "Added to your study",
  exists: "Already in your cards",
  error: "Skipped",
};

function sizeError(file: File | null): string | undefined {
  if (!file || file.size <= MAX_BYTES) return undefined;
  return `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 20 MB. Split it and import the parts one by one.`;
}

/**
 * Choose a CSV or Anki file, see what it will create and which rows are refused and why, then confirm.
 * The file is read once and sent again on confirm, so the server checks exactly what was previewed.
 */
export function CardImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState<ImportFileInput | null>(null);
  const { formRef, errorFor, formError, checkWith, fail, clear } = useFieldErrors();
  // Too large is said as soon as the file is chosen, before anything is read or sent.
  const fileError = sizeError(file) ?? errorFor("card-file");

  const preview = useMutation({
    mutationFn: async (chosen: File) => {
      const next = await readFile(chosen);
      const result = await api.post<ImportPreview>("/api/cards/import/preview", next);
      setSource(next);
      return result;
    },
    onMutate: clear,
    onError: (error) => fail(error, CONTROLS),
  });
  const confirm = useMutation({
    mutationFn: () => api.post<ImportResult>("/api/cards/import", source),
  });
  const plan = preview.data;
  const done = confirm.data;
  const incoming = plan ? plan.summary.create + plan.summary.link : 0;

  return (
    <div className="flex flex-col gap-6">
      <form
        ref={formRef}
        noValidate
        aria-label="Choose a file to import"
        className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
        onSubmit={(e) => {
          e.preventDefault();
          confirm.reset();
          if (checkWith({ "card-file": file ? sizeError(file) : "Choose a .csv, .txt or .apkg file first." }) && file) preview.mutate(file);
        }}
      >
        <FieldShell
          label="Card file (.csv, .txt or .apkg, at most 20 MB)"
          name="card-file"
          hint={FILE_HINT}
          error={fileError}
        >
          <input
            id="card-file"
            name="card-file"
            type="file"
            accept={ACCEPT}
            className={controlClass}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={describedBy("card-file", fileError, FILE_HINT)}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              preview.reset();
              confirm.reset();
              clear();
            }}
          />
        </FieldShell>
        <AlertText error={formError} />
        <div>
          <Button type="submit" disabled={preview.isPending || sizeError(file) !== undefined}>
            {preview.isPending ? "Reading the file…" : "Preview import"}
          </Button>
        </div>
      </form>

      {plan && (
        <section aria-labelledby="import-preview" className="flex flex-col gap-4">
          <h2 id="import-preview" className="text-xl font-semibold">
            Preview of {plan.fileName}
          </h2>
          <p role="status" className="text-sm">
            {plan.summary.create} new {plan.summary.create === 1 ? "card" : "cards"}
            {plan.summary.link > 0 ? `, ${plan.summary.link} Dossier cards added to your study` : ""}, {plan.summary.existing} already in your cards,{" "}
            {plan.summary.errors} {plan.summary.errors === 1 ? "row" : "rows"} with errors (skipped)
            {plan.summary.reviews > 0 ? `; ${plan.summary.reviews} past reviews come with them` : ""}.
          </p>
          {plan.unmapped.length > 0 && (
            <div role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950">
              <p className="font-medium">Not imported: note types with no basic or cloze reading</p>
              <ul className="list-disc pl-5">
                {plan.unmapped.map((u) => (
                  <li key={u.name}>
                    {u.name}: {u.notes} {u.notes === 1 ? "note" : "notes"}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {plan.mediaCards > 0 && (
            <div role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950">
              <p>
                {plan.mediaCards} {plan.mediaCards === 1 ? "card refers" : "cards refer"} to images or sound that
                {plan.mediaCards === 1 ? " is" : " are"} not imported: only the text comes in.
              </p>
            </div>
          )}
          {done ? (
            <div className="flex flex-col gap-2">
              <AlertText
                success={`Imported: ${done.created} new ${done.created === 1 ? "card" : "cards"}${done.linked > 0 ? `, ${done.linked} Dossier cards added to your study` : ""}; ${done.existing} were already there, ${done.skipped} skipped.`}
              />
              <div className="flex flex-wrap gap-4">
                <TextLink href="/review">Review now</TextLink>
                <TextLink href="/cards">Open the card browser</TextLink>
              </div>
            </div>
          ) : (
            <div className="flex flex-col gap-2">
              <AlertText error={confirm.error?.message} />
              <div>
                <Button type="button" disabled={confirm.isPending || incoming === 0} onClick={() => confirm.mutate()}>
                  {confirm.isPending ? "Importing…" : incoming === 0 ? "Nothing new to import" : `Import ${incoming} ${incoming === 1 ? "card" : "cards"}`}
                </Button>
              </div>
            </div>
          )}
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Rows of the file and what happens to each</caption>
              <thead>
                <tr className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="col" className="p-2">Row</th>
                  <th scope="col" className="p-2">Front</th>
                  <th scope="col" className="p-2">Back</th>
                  <th scope="col" className="p-2">Tags</th>
                  <th scope="col" className="p-2">Result</th>
                </tr>
              </thead>
              <tbody>
                {plan.rows.map((r, i) => (
                  <tr key={`${r.row}-${i}`} className={`border-b border-slate-100 align-top dark:border-slate-800 ${r.status === "error" ? "bg-rose-50 dark:bg-rose-950" : ""}`}>
                    <td className="p-2 tabular-nums">{r.row}</td>
                    <td className="max-w-xs whitespace-pre-wrap break-words p-2">{r.front}</td>
                    <td className="max-w-xs whitespace-pre-wrap break-words p-2">{r.back}</td>
                    <td className="max-w-[12rem] break-words p-2 text-xs">{r.tags.join(" ")}</td>
                    <td className={`p-2 ${r.status === "error" ? "font-medium text-rose-700 dark:text-rose-300" : ""}`}>
                      {r.status === "error" ? `Error: ${r.error}` : STATUS_TEXT[r.status]}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {plan.totalRows > plan.rows.length && (
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
                Showing every row with an error and the first of the others: {plan.rows.length} of {plan.totalRows} rows.
              </p>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
