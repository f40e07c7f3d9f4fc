"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { api } from "@/components/api-client";

const AUTOSAVE_MS = 1_500;
const storageKey = (id: string) => `dossier:mains-draft:${id}`;

function readLocal(id: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(id));
  } catch {
    return null; // storage blocked (private mode): the server copy still works
  }
}
function writeLocal(id: string, text: string | null) {
  try {
    if (text === null) window.localStorage.removeItem(storageKey(id));
    else window.localStorage.setItem(storageKey(id), text);
  } catch {
    /* storage full or blocked: nothing more we can do locally */
  }
}

export type DraftStatus = "saved" | "unsaved" | "saving" | "error";

/**
 * A mains draft that cannot be lost: every keystroke goes to localStorage at once, and to the
 * server after a pause or on blur. The local copy is dropped only when the server confirms
 * that exact text, so a reload before the save (or offline) restores what was typed.
 */
export function useMainsDraft(answerId: string, serverText: string) {
  const [text, setText] = useState(serverText);
  const [status, setStatus] = useState<DraftStatus>("saved");
  const timer = useRef<number | null>(null);
  const latest = useRef(serverText);
  const save = useMutation({
    scope: { id: `mains-${answerId}` },
    mutationFn: (body: string) => api.put<{ text: string }>(`/api/mains/${answerId}`, { text: body }),
    onSuccess: ({ text: confirmed }) => {
      if (confirmed === latest.current) {
        writeLocal(answerId, null);
        setStatus("saved");
      }
    },
    onError: () => setStatus("error"),
  });

  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    if (readLocal(answerId) === null && latest.current === serverText) return;
    setStatus("saving");
    save.mutate(latest.current);
  }, [answerId, save, serverText]);

  const change = (next: string) => {
    latest.current = next;
    setText(next);
    setStatus("unsaved");
    writeLocal(answerId, next);
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(flush, AUTOSAVE_MS);
  };

  // After a reload: a local copy the server never confirmed wins, and is sent again.
  useEffect(() => {
    const local = readLocal(answerId);
    if (local !== null && local !== serverText) {
      latest.current = local;
      setText(local); // eslint-disable-line react-hooks/set-state-in-effect -- localStorage exists only after mount
      setStatus("saving");
      save.mutate(local);
    } else if (local !== null) writeLocal(answerId, null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);

  useEffect(() => () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
  }, []);

  /** Before the final submit: no autosave may fire after it. */
  const stopAutosave = () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  };
  const discardLocal = () => writeLocal(answerId, null);
  return { text, status, change, flush, stopAutosave, discardLocal, latest };
}
