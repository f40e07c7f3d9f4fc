"use client";
import { useEffect, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { api, ApiError } from "@/components/api-client";
import { Button } from "@/components/ui/button";
import { FieldShell, controlClass } from "@/components/ui/field-shell";
import { AlertText } from "@/components/classes/alert-text";
import { SYLLABUS_TAGS } from "@/lib/content/schema";
import type { DocumentIssue } from "@/lib/studio/check-document";
import type { DraftCard, DraftFact, StudioDocument } from "@/lib/studio/document";
import { newQuestionDraft, nextQuestionId, QUESTION_KIND_LABELS, type QuestionDraft, type StudioQuestionKind } from "@/lib/studio/question-drafts";
import { suggestCards, suggestValue } from "@/lib/studio/suggest";
import type { StudioArticle } from "@/server/studio/sources";
import type { StudioTopicView } from "@/server/studio/topics";
import { CardPreview } from "./card-preview";
import { ParagraphList } from "./paragraph-list";
import { TextInput } from "./fields";
import { QuestionEditor } from "./question-editor";

/** The order of the add buttons: the paper's formats, then mains. */
const ADD_ORDER: readonly StudioQuestionKind[] = ["multi-statement", "how-many", "single", "match-pairs", "statement-i-ii", "mains"];

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").split("-").slice(0, 6).join("-");

/** The studio's editor for one topic: facts cited by clicking paragraphs, cards and questions built from them, live checks, publish. */
export function TopicEditor({ initial, articles }: { initial: StudioTopicView; articles: StudioArticle[] }) {
  const router = useRouter();
  const [doc, setDoc] = useState<StudioDocument>(initial.document);
  const [version, setVersion] = useState(initial.version);
  const [status, setStatus] = useState(initial.status);
  const [dirty, setDirty] = useState(false);
  const [issues, setIssues] = useState<DocumentIssue[]>([]);
  const [checking, setChecking] = useState(false);
  const [articleId, setArticleId] = useState(articles[0]?.id ?? "");
  const [citing, setCiting] = useState<number | null>(null);
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const article = articles.find((a) => a.id === articleId);

  const update = (change: (d: StudioDocument) => StudioDocument) => {
    setDoc((d) => change(structuredClone(d)));
    setDirty(true);
  };

  // The content rules and the copy check run on the server as the editor types, so every message is beside its field.
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setChecking(true);
      api
        .post<{ issues: DocumentIssue[] }>(`/api/studio/topics/${initial.id}/check`, { document: doc }, { signal: controller.signal })
        .then((r) => setIssues(r.issues))
        .catch(() => undefined)
        .finally(() => setChecking(false));
    }, 500);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [doc, initial.id]);

  const issuesAt = (path: string) => issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`)).map((i) => i.message);

  const failed = (error: unknown) => setMessage({ error: error instanceof ApiError ? error.message : "Something went wrong. Try again." });
  const save = useMutation({
    mutationFn: () => api.put<{ version: number; status: typeof status }>(`/api/studio/topics/${initial.id}`, { document: doc, baseVersion: version }),
    onSuccess: (r) => {
      setVersion(r.version);
      setStatus(r.status);
      setDirty(false);
      setMessage({ success: `Saved as version ${r.version}.` });
      router.refresh();
    },
    onError: failed,
  });
  const review = useMutation({
    mutationFn: (next: "draft" | "in_review") => api.post<{ version: number; status: typeof status }>(`/api/studio/topics/${initial.id}/status`, { status: next, baseVersion: version }),
    onSuccess: (r) => {
      setVersion(r.version);
      setStatus(r.status);
      setMessage({ success: r.status === "in_review" ? "Sent for review." : "Back to draft." });
      router.refresh();
    },
    onError: failed,
  });
  const publish = useMutation({
    mutationFn: () => api.post<{ version: number }>(`/api/studio/topics/${initial.id}/publish`, { baseVersion: version }),
    onSuccess: (r) => {
      setVersion(r.version);
      setStatus("published");
      setMessage({ success: `Published version ${r.version}.` });
      router.refresh();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.issues.length) setIssues(error.issues.map((i) => ({ path: i.path, message: i.message })));
      failed(error);
    },
  });

  const facts = doc.facts;
  const factLabel = (id: string) => facts.find((f) => f.id === id)?.statement.slice(0, 60) ?? id;
  const citedHere = useMemo(() => new Set(citing === null ? [] : (facts[citing]?.sources ?? []).filter((s) => s.article === articleId).map((s) => s.paragraph)), [citing, facts, articleId]);

  const toggleCitation = (paragraph: number) => {
    if (citing === null) return;
    update((d) => {
      const fact = d.facts[citing];
      if (!fact) return d;
      const has = fact.sources.some((s) => s.article === articleId && s.paragraph === paragraph);
      fact.sources = has ? fact.sources.filter((s) => !(s.article === articleId && s.paragraph === paragraph)) : [...fact.sources, { article: articleId, paragraph }];
      return d;
    });
  };

  const suggestFactValue = (i: number) => {
    const fact = facts[i];
    if (!fact) return;
    const cited = fact.sources.flatMap((s) => articles.find((a) => a.id === s.article)?.candidateFacts.filter((c) => c.paragraphIndex === s.paragraph).map((c) => c.text) ?? []);
    const value = [fact.statement, ...cited].map(suggestValue).find((v) => v !== null);
    if (value) update((d) => ({ ...d, facts: d.facts.map((f, j) => (j === i ? { ...f, value } : f)) }));
  };

  const addCards = (fact: DraftFact) => {
    const fresh = suggestCards(fact).filter((c) => !doc.flashcards.some((x) => x.id === c.id));
    const cards = fresh.length ? fresh : [{ id: `${fact.id}-card-${doc.flashcards.length + 1}`, factIds: [fact.id], kind: "basic" as const, front: "", back: "" }];
    update((d) => ({ ...d, flashcards: [...d.flashcards, ...cards] }));
  };

  const addQuestion = (kind: StudioQuestionKind) => {
    const chosen = facts.filter((f) => f.statement.trim() !== "").slice(0, 4);
    if (chosen.length === 0) return;
    const q = newQuestionDraft(kind, nextQuestionId(initial.id, doc.questions), chosen, doc.topic.syllabusTags[0] ?? SYLLABUS_TAGS[0]);
    update((d) => ({ ...d, questions: [...d.questions, q] }));
  };

  const setQuestion = (i: number, change: (q: QuestionDraft) => void) =>
    update((d) => {
      const q = d.questions[i] as QuestionDraft | undefined;
      if (q) change(q);
      return d;
    });

  const problems = issues.length;
  return (
    <div className="flex flex-col gap-8">
      <div className="sticky top-0 z-10 flex flex-wrap items-center gap-3 border-b border-slate-200 bg-white/95 py-3 dark:border-slate-700 dark:bg-slate-950/95">
        <span className="rounded bg-slate-100 px-2 py-1 text-sm dark:bg-slate-800">
          {status === "in_review" ? "In review" : status === "published" ? "Published" : "Draft"} · version {version}
          {initial.private ? " · private to your classes" : " · public catalogue"}
        </span>
        <span role="status" className={`text-sm ${problems ? "text-rose-700 dark:text-rose-400" : "text-emerald-700 dark:text-emerald-400"}`}>
          {checking ? "Checking…" : problems ? `${problems} problem${problems === 1 ? "" : "s"} to fix before publishing` : "All checks pass"}
        </span>
        <Button type="button" onClick={() => save.mutate()} disabled={save.isPending || !dirty}>
          {save.isPending ? "Saving…" : dirty ? "Save draft" : "Saved"}
        </Button>
        {status !== "in_review" ? (
          <Button type="button" variant="secondary" onClick={() => review.mutate("in_review")} disabled={dirty || review.isPending}>
            Send for review
          </Button>
        ) : (
          <Button type="button" variant="secondary" onClick={() => review.mutate("draft")} disabled={dirty || review.isPending}>
            Back to draft
          </Button>
        )}
        <Button type="button" onClick={() => publish.mutate()} disabled={dirty || problems > 0 || checking || publish.isPending}>
          {publish.isPending ? "Publishing…" : "Publish"}
        </Button>
        <AlertText error={message.error} success={message.success} />
      </div>

      <section aria-labelledby="topic-fields" className="flex flex-col gap-4">
        <h2 id="topic-fields" className="text-xl font-semibold">
          Topic
        </h2>
        <TextInput label="Title" name="topic.title" value={doc.topic.title} onChange={(v) => update((d) => ({ ...d, topic: { ...d.topic, title: v } }))} issues={issuesAt("topic.title")} />
        <TextInput label="Summary (150-300 words, your own)" name="topic.summary" area rows={8} value={doc.topic.summary} onChange={(v) => update((d) => ({ ...d, topic: { ...d.topic, summary: v } }))} issues={issuesAt("topic.summary")} />
        <TextInput label="Why it matters for the exam" name="topic.whyItMatters" area value={doc.topic.whyItMatters} onChange={(v) => update((d) => ({ ...d, topic: { ...d.topic, whyItMatters: v } }))} issues={issuesAt("topic.whyItMatters")} />
        <TextInput label="As of (YYYY-MM-DD)" name="topic.asOf" value={doc.topic.asOf} onChange={(v) => update((d) => ({ ...d, topic: { ...d.topic, asOf: v } }))} issues={issuesAt("topic.asOf")} />
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium">Syllabus tags</legend>
          {SYLLABUS_TAGS.map((tag) => (
            <label key={tag} className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                className="size-5"
                checked={doc.topic.syllabusTags.includes(tag)}
                onChange={(e) => update((d) => ({ ...d, topic: { ...d.topic, syllabusTags: e.target.checked ? [...d.topic.syllabusTags, tag] : d.topic.syllabusTags.filter((t) => t !== tag) } }))}
              />
              {tag}
            </label>
          ))}
          {issuesAt("topic.syllabusTags").map((m) => (
            <p key={m} className="text-sm text-rose-700 dark:text-rose-400">
              {m}
            </p>
          ))}
        </fieldset>
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="facts-heading" className="flex flex-col gap-4">
          <div className="flex items-center justify-between gap-3">
            <h2 id="facts-heading" className="text-xl font-semibold">
              Facts ({facts.length})
            </h2>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                update((d) => ({ ...d, facts: [...d.facts, { id: `${initial.id}-fact-${d.facts.length + 1}`, statement: "", sources: [], status: "current" }] }));
                setCiting(facts.length);
              }}
            >
              Add a fact
            </Button>
          </div>
          {facts.map((fact, i) => (
            <fieldset key={i} className={`flex flex-col gap-3 rounded-xl border p-4 ${citing === i ? "border-indigo-500" : "border-slate-200 dark:border-slate-700"}`}>
              <legend className="px-1 text-sm font-semibold">Fact {i + 1}</legend>
              <TextInput label={`Fact ${i + 1} statement, in your own words`} name={`facts.${i}.statement`} area value={fact.statement} onChange={(v) => update((d) => ({ ...d, facts: d.facts.map((f, j) => (j === i ? { ...f, statement: v } : f)) }))} issues={issuesAt(`facts.${i}.statement`)} />
              <TextInput label={`Fact ${i + 1} id`} name={`facts.${i}.id`} value={fact.id} onChange={(v) => update((d) => ({ ...d, facts: d.facts.map((f, j) => (j === i ? { ...f, id: slug(v) || v } : f)) }))} issues={issuesAt(`facts.${i}.id`)} />
              <div className="flex flex-wrap items-end gap-3">
                <TextInput label="Number" name={`facts.${i}.value.number`} value={fact.value?.number?.toString() ?? ""} onChange={(v) => update((d) => ({ ...d, facts: d.facts.map((f, j) => (j === i ? { ...f, value: { ...f.value, number: v === "" || Number.isNaN(Number(v)) ? undefined : Number(v) } } : f)) }))} issues={[]} />
                <TextInput label="Unit" name={`facts.${i}.value.unit`} value={fact.value?.unit ?? ""} onChange={(v) => update((d) => ({ ...d, facts: d.facts.map((f, j) => (j === i ? { ...f, value: { ...f.value, unit: v || undefined } } : f)) }))} issues={[]} />
                <TextInput label="Year" name={`facts.${i}.value.year`} value={fact.value?.year?.toString() ?? ""} onChange={(v) => update((d) => ({ ...d, facts: d.facts.map((f, j) => (j === i ? { ...f, value: { ...f.value, year: v === "" || Number.isNaN(Number(v)) ? undefined : Math.trunc(Number(v)) } } : f)) }))} issues={[]} />
                <Button type="button" variant="secondary" onClick={() => suggestFactValue(i)}>
                  Suggest value
                </Button>
              </div>
              {issuesAt(`facts.${i}.value`).map((m) => (
                <p key={m} className="text-sm text-rose-700 dark:text-rose-400">
                  {m}
                </p>
              ))}
              <TextInput label="As of (YYYY-MM-DD, for time-bound facts)" name={`facts.${i}.asOf`} value={fact.asOf ?? ""} onChange={(v) => update((d) => ({ ...d, facts: d.facts.map((f, j) => (j === i ? { ...f, asOf: v || undefined } : f)) }))} issues={issuesAt(`facts.${i}.asOf`)} />
              <div className="flex flex-col gap-1">
                <p className="text-sm wrap-anywhere">
                  Cites: {fact.sources.length === 0 ? "nothing yet" : fact.sources.map((s) => `¶${s.paragraph} of ${s.article}`).join("; ")}
                </p>
                {issuesAt(`facts.${i}.sources`).map((m) => (
                  <p key={m} className="text-sm text-rose-700 dark:text-rose-400">
                    {m}
                  </p>
                ))}
                <div className="flex flex-wrap gap-2">
                  <Button type="button" variant="secondary" aria-pressed={citing === i} onClick={() => setCiting(citing === i ? null : i)}>
                    {citing === i ? "Done citing" : `Cite paragraphs for fact ${i + 1}`}
                  </Button>
                  <Button type="button" variant="secondary" onClick={() => addCards(fact)}>
                    Suggest cards for fact {i + 1}
                  </Button>
                </div>
              </div>
              <label className="flex min-h-11 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-5"
                  checked={fact.status === "superseded"}
                  onChange={(e) => update((d) => ({ ...d, facts: d.facts.map((f, j) => (j === i ? { ...f, status: e.target.checked ? "superseded" : "current" } : f)) }))}
                />
                Superseded by a newer fact (its cards are flagged for relearning when published)
              </label>
              {fact.status === "superseded" && (
                <FieldShell label="Superseded by" name={`facts.${i}.supersededBy`} error={issuesAt(`facts.${i}.supersededBy`).join(" ") || undefined}>
                  <select id={`facts.${i}.supersededBy`} className={`${controlClass} w-full min-w-0`} value={fact.supersededBy ?? ""} onChange={(e) => update((d) => ({ ...d, facts: d.facts.map((f, j) => (j === i ? { ...f, supersededBy: e.target.value || undefined } : f)) }))}>
                    <option value="">Choose the newer fact</option>
                    {facts.filter((f) => f.id !== fact.id).map((f) => (
                      <option key={f.id} value={f.id}>
                        {factLabel(f.id)}
                      </option>
                    ))}
                  </select>
                </FieldShell>
              )}
            </fieldset>
          ))}
        </section>

        <section aria-labelledby="article-heading" className="flex flex-col gap-3">
          <h2 id="article-heading" className="text-xl font-semibold">
            Source article
          </h2>
          {articles.length === 0 ? (
            <p>No stored articles yet: add a source first.</p>
          ) : (
            <>
              <FieldShell label="Article" name="article-picker">
                <select id="article-picker" className={`${controlClass} w-full min-w-0`} value={articleId} onChange={(e) => setArticleId(e.target.value)}>
                  {articles.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.label}
                    </option>
                  ))}
                </select>
              </FieldShell>
              <p className="text-sm text-slate-600 dark:text-slate-300">
                {citing === null ? "Choose “Cite paragraphs” on a fact, then click the paragraphs it rests on." : `Citing for fact ${citing + 1}: click paragraphs to add or remove them.`}
              </p>
              {article && <ParagraphList paragraphs={article.paragraphs} candidates={article.candidateFacts} {...(citing === null ? {} : { selected: citedHere, onToggle: toggleCitation })} />}
            </>
          )}
        </section>
      </div>

      <section aria-labelledby="cards-heading" className="flex flex-col gap-4">
        <h2 id="cards-heading" className="text-xl font-semibold">
          Flashcards ({doc.flashcards.length})
        </h2>
        {doc.flashcards.map((card, i) => (
          <fieldset key={i} className="flex flex-col gap-3 rounded-xl border border-slate-200 p-4 dark:border-slate-700">
            <legend className="px-1 text-sm font-semibold">
              Card {i + 1} ({card.kind}) on {card.factIds.map(factLabel).join(", ")}
            </legend>
            <TextInput label={`Card ${i + 1} front`} name={`flashcards.${i}.front`} value={card.front} onChange={(v) => update((d) => ({ ...d, flashcards: d.flashcards.map((c, j): DraftCard => (j === i ? { ...c, front: v } : c)) }))} issues={issuesAt(`flashcards.${i}.front`)} />
            <TextInput label={`Card ${i + 1} back`} name={`flashcards.${i}.back`} value={card.back} onChange={(v) => update((d) => ({ ...d, flashcards: d.flashcards.map((c, j): DraftCard => (j === i ? { ...c, back: v } : c)) }))} issues={issuesAt(`flashcards.${i}.back`)} />
            {issuesAt(`flashcards.${i}.id`).concat(issuesAt(`flashcards.${i}.factIds`)).map((m) => (
              <p key={m} className="text-sm text-rose-700 dark:text-rose-400">
                {m}
              </p>
            ))}
            <CardPreview card={card} />
            <div>
              <Button type="button" variant="danger" onClick={() => update((d) => ({ ...d, flashcards: d.flashcards.filter((_, j) => j !== i) }))}>
                Remove card {i + 1}
              </Button>
            </div>
          </fieldset>
        ))}
      </section>

      <section aria-labelledby="questions-heading" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="questions-heading" className="text-xl font-semibold">
            Questions ({doc.questions.length})
          </h2>
          <div className="flex flex-wrap gap-2">
            {ADD_ORDER.map((kind) => (
              <Button key={kind} type="button" variant="secondary" onClick={() => addQuestion(kind)} disabled={!facts.some((f) => f.statement.trim() !== "")}>
                Add a {QUESTION_KIND_LABELS[kind]} question
              </Button>
            ))}
          </div>
        </div>
        {doc.questions.map((raw, i) => (
          <QuestionEditor
            key={i}
            raw={raw}
            index={i}
            topicId={initial.id}
            facts={facts}
            issues={issues}
            edit={(change) => setQuestion(i, change)}
            onRemove={() => update((d) => ({ ...d, questions: d.questions.filter((_, j) => j !== i) }))}
          />
        ))}
      </section>

      <section aria-labelledby="history-heading" className="flex flex-col gap-2">
        <h2 id="history-heading" className="text-xl font-semibold">
          History
        </h2>
        <ol className="flex flex-col gap-1 text-sm">
          {initial.history.map((h) => (
            <li key={h.version}>
              v{h.version} · {h.status.replace("_", " ")} · {h.author} · <time dateTime={h.at}>{h.at.slice(0, 16).replace("T", " ")}</time> — {h.changes}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
