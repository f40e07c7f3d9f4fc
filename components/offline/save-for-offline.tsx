"use client";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { PAGE_CACHE_PREFIX } from "./forget-device";

// Pages saved on purpose, apart from those kept because they were visited (which expire): the
// service worker (app/sw.ts) serves them offline; sign-out deletes them with the rest.
const SAVED = `${PAGE_CACHE_PREFIX}-saved`;

type State = "checking" | "unsupported" | "not-saved" | "saving" | "saved" | "failed";

/** Keeps these pages (a topic with its facts, then its study page) on the device for reading offline. */
export function SaveForOffline({ paths }: { paths: readonly string[] }) {
  const [state, setState] = useState<State>("checking");
  const key = paths[0]!;

  useEffect(() => {
    if (typeof caches === "undefined") {
      setState("unsupported"); // eslint-disable-line react-hooks/set-state-in-effect -- the Cache API exists only in the browser
      return;
    }
    void caches
      .open(SAVED)
      .then((cache) => cache.match(key, { ignoreVary: true }))
      .then((hit) => setState(hit ? "saved" : "not-saved"))
      .catch(() => setState("unsupported"));
  }, [key]);

  async function save() {
    setState("saving");
    try {
      const cache = await caches.open(SAVED);
      for (const [index, path] of paths.entries()) {
        const response = await fetch(path, { credentials: "same-origin" });
        // A redirect (to sign-in, for a visitor's study page) or an error page is not the page: the
        // first path (the topic itself) must be saved, the others are saved when they can be.
        if (response.ok && !response.redirected) await cache.put(path, response);
        else if (index === 0) throw new Error(`${path} answered ${response.status}`);
      }
      setState("saved");
    } catch {
      setState("failed");
    }
  }

  async function remove() {
    const cache = await caches.open(SAVED);
    await Promise.all(paths.map((path) => cache.delete(path, { ignoreVary: true })));
    setState("not-saved");
  }

  if (state === "unsupported") return null;
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <p role="status" className="text-slate-600 dark:text-slate-300">
        {state === "saved"
          ? "Saved on this device: readable offline."
          : state === "saving"
            ? "Saving for offline…"
            : state === "failed"
              ? "Could not save this topic for offline reading. Check your connection and try again."
              : state === "not-saved"
                ? "Not saved for offline reading."
                : ""}
      </p>
      {state === "saved" ? (
        <Button variant="secondary" onClick={() => void remove()}>
          Remove from this device
        </Button>
      ) : (
        <Button variant="secondary" onClick={() => void save()} disabled={state === "checking" || state === "saving"}>
          Save for offline
        </Button>
      )}
    </div>
  );
}
