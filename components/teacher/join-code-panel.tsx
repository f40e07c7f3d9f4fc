"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { AlertText } from "@/components/classes/alert-text";
import { Field } from "@/components/ui/field";
import { api } from "@/components/api-client";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { zonedInputToIso } from "@/lib/time/time-zones";
import { formatJoinCode } from "@/lib/classes/join-code";

type CodeState = { joinCode: string; joinCodeEnabled: boolean; joinCodeExpires: string | null };

/**
 * The class's join code and link, with rotate, on/off and expiry. The on/off switch is
 * optimistic: it flips at once and flips back if the server refuses.
 */
export function JoinCodePanel({
  classId,
  origin,
  initial,
  expiresLabel,
  timeZone,
  zoneLabel,
}: {
  classId: string;
  origin: string;
  initial: CodeState;
  expiresLabel: string | null;
  timeZone: string;
  zoneLabel: string;
}) {
  const router = useRouter();
  const [state, setState] = useState(initial);
  const [copied, setCopied] = useState(false);
  const [expiry, setExpiry] = useState("");
  const { formRef, errorFor, formError, fail, clear } = useFieldErrors();
  const url = `/api/classes/${classId}/join-code`;
  const link = `${origin}/join/${state.joinCode}`;

  const rotate = useMutation({
    mutationFn: () => api.post<CodeState>(url),
    onSuccess: (next) => {
      setState(next);
      router.refresh();
    },
  });
  const toggle = useMutation({
    mutationFn: (enabled: boolean) => api.patch<CodeState>(url, { enabled }),
    onMutate: (enabled) => {
      const previous = state;
      setState({ ...state, joinCodeEnabled: enabled });
      return { previous };
    },
    onError: (_error, _enabled, context) => context && setState(context.previous),
  });
  const setExpiryDate = useMutation({
    mutationFn: (expiresAt: string | null) => api.patch<CodeState>(url, { expiresAt }),
    onMutate: clear,
    onSuccess: (next) => {
      setState(next);
      setExpiry("");
      router.refresh();
    },
    onError: (error) => fail(error, { expiresAt: "code-expiry" }),
  });
  const error = rotate.error ?? toggle.error;

  return (
    <section aria-labelledby="join-code-heading" className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
      <h2 id="join-code-heading" className="text-lg font-semibold">
        Join code
      </h2>
      <p className="flex flex-wrap items-center gap-3">
        <span className="font-mono text-2xl font-bold tracking-widest" data-testid="join-code">
          {formatJoinCode(state.joinCode)}
        </span>
        {!state.joinCodeEnabled && <span className="rounded bg-amber-100 px-2 py-1 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">Joining is off</span>}
      </p>
      <p className="break-all text-sm">
        Join link: <a className="text-indigo-700 underline dark:text-indigo-300" href={link}>{link}</a>
      </p>
      {expiresLabel && <p className="text-sm text-slate-600 dark:text-slate-300">The code expires on {expiresLabel}.</p>}
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(link).then(() => setCopied(true), () => setCopied(false));
          }}
        >
          {copied ? "Link copied" : "Copy link"}
        </Button>
        <Button
          variant="secondary"
          disabled={rotate.isPending}
          onClick={() => {
            if (window.confirm("Make a new code? The current code and link stop working at once.")) rotate.mutate();
          }}
        >
          {rotate.isPending ? "Making a new code…" : "New code"}
        </Button>
      </div>
      <label className="flex min-h-11 items-center gap-2 text-sm">
        <input type="checkbox" className="size-5" checked={state.joinCodeEnabled} onChange={(e) => toggle.mutate(e.target.checked)} />
        Accept new students with this code
      </label>
      <form
        ref={formRef}
        noValidate
        className="flex flex-col gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          setExpiryDate.mutate(zonedInputToIso(expiry, timeZone) ?? null);
        }}
      >
        <div className="flex flex-wrap items-start gap-2">
          <Field label="Code expires" name="code-expiry" type="datetime-local" value={expiry} onChange={(e) => setExpiry(e.target.value)} hint={`${zoneLabel}.`} error={errorFor("code-expiry")} />
          <div className="self-start pt-6">
            <Button type="submit" variant="secondary" disabled={setExpiryDate.isPending}>
              {expiry ? "Set expiry" : "Never expire"}
            </Button>
          </div>
        </div>
        <AlertText error={formError} />
      </form>
      <AlertText error={error?.message} />
    </section>
  );
}
