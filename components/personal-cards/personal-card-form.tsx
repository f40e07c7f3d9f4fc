"use client";
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { api } from "@/components/api-client";
import { AlertText } from "@/components/classes/alert-text";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { Button } from "@/components/ui/button";
import { controlClass, describedBy, FieldShell } from "@/components/ui/field-shell";
import { PERSONAL_CARD_LIMITS } from "@/lib/personal-cards/limits";
import { splitTags } from "@/lib/personal-cards/tags";

type Kind = "basic" | "cloze";
export type EditableCard = { id: string; kind: Kind; front: string; back: string; hint: string | null; tags: string[] };
const TAGS_HINT = "Single words separated by spaces, as in Anki, e.g. polity fundamental-rights.";

/** Where a new card is attached, as the page that opened the form knows it. */
export type CardAttachment = { topicId: string; factId: string | null; label: string; returnHref: string };

function TextArea({ label, name, value, onChange, error, hint, max, required }: { label: string; name: string; value: string; onChange: (v: string) => void; error?: string | undefined; hint?: string; max: number; required?: boolean }) {
  return (
    <FieldShell label={label} name={name} hint={hint} error={error}>
      <textarea
        id={name}
        name={name}
        rows={3}
        value={value}
        maxLength={max}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, error, hint)}
        className={controlClass}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldShell>
  );
}

/** Writes a new personal card (optionally about a fact or topic) or rewrites one; the server checks every field. */
export function PersonalCardForm({ card, attachment }: { card?: EditableCard; attachment?: CardAttachment | null }) {
  const router = useRouter();
  const editing = card !== undefined;
  const [kind, setKind] = useState<Kind>(card?.kind ?? "basic");
  const [front, setFront] = useState(card?.front ?? "");
  const [back, setBack] = useState(card?.back ?? "");
  const [hint, setHint] = useState(card?.hint ?? "");
  // One text box, words separated by spaces as in Anki; the server normalises and checks them.
  const [tags, setTags] = useState(card?.tags.join(" ") ?? "");
  const [added, setAdded] = useState(0);
  const { formRef, errorFor, formError, fail, clear } = useFieldErrors();

  const body = () => ({
    kind,
    front,
    back,
    ...(hint.trim() ? { hint } : {}),
    tags: splitTags(tags),
    ...(attachment ? { topicId: attachment.topicId, ...(attachment.factId ? { factId: attachment.factId } : {}) } : {}),
  });
  const save = useMutation({
    mutationFn: () => (editing ? api.put(`/api/personal-cards/${encodeURIComponent(card.id)}`, body()) : api.post("/api/personal-cards", body())),
    onMutate: clear,
    onSuccess: () => {
      if (editing) {
        router.push("/cards/mine?saved=1");
        router.refresh();
        return;
      }
      // Ready for the next card; what was written is in the queue already.
      setFront("");
      setBack("");
      setHint("");
      // Tags stay: the next card is usually filed the same way.
      setAdded((n) => n + 1);
      formRef.current?.querySelector<HTMLElement>('[name="front"]')?.focus();
    },
    onError: (error) => fail(error),
  });

  return (
    <form
      ref={formRef}
      noValidate
      className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      {attachment?.label && <p className="text-sm text-slate-600 dark:text-slate-300">{attachment.label}</p>}
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">Kind of card</legend>
        <div className="flex flex-wrap gap-4">
          {(["basic", "cloze"] as const).map((k) => (
            <label key={k} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {k === "basic" ? "Basic (front and back)" : "Cloze (fill the blank)"}
            </label>
          ))}
        </div>
      </fieldset>
      <TextArea
        label="Front"
        name="front"
        value={front}
        onChange={setFront}
        error={errorFor("front")}
        max={PERSONAL_CARD_LIMITS.side}
        required
        {...(kind === "cloze" ? { hint: "Wrap the answer in {{c1:: and }}, e.g. The treaty was signed in {{c1::1950}}." } : {})}
      />
      <TextArea
        label={kind === "cloze" ? "Extra (optional)" : "Back"}
        name="back"
        value={back}
        onChange={setBack}
        error={errorFor("back")}
        max={PERSONAL_CARD_LIMITS.side}
        required={kind === "basic"}
        {...(kind === "cloze" ? { hint: "Shown with the answer; left empty, the answer itself is shown." } : {})}
      />
      <TextArea label="Hint (optional)" name="hint" value={hint} onChange={setHint} error={errorFor("hint")} max={PERSONAL_CARD_LIMITS.hint} />
      <FieldShell label="Tags (optional)" name="tags" hint={TAGS_HINT} error={errorFor("tags")}>
        <input
          id="tags"
          name="tags"
          type="text"
          value={tags}
          autoCapitalize="off"
          spellCheck={false}
          aria-invalid={errorFor("tags") ? true : undefined}
          aria-describedby={describedBy("tags", errorFor("tags"), TAGS_HINT)}
          className={controlClass}
          onChange={(e) => setTags(e.target.value)}
        />
      </FieldShell>
      <AlertText error={formError ?? errorFor("topicId") ?? errorFor("factId")} success={added > 0 && !save.isPending ? `Card added (${added} so far). It is in your review queue as a new card.` : null} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : editing ? "Save changes" : "Add card"}
        </Button>
        {attachment && (
          <Link href={attachment.returnHref} className="text-sm text-indigo-700 underline dark:text-indigo-300">
            Back to the topic
          </Link>
        )}
      </div>
    </form>
  );
}
