"use client";
// From zod's core only: the full `z` namespace would put all of zod (about 30 kB gzip) on every page,
// where most pages parse nothing. The setting is global (globalThis), so every schema sees it.
import { config } from "zod/v4/core";

// Our Content-Security-Policy forbids eval; zod's fast path probes `new Function` on first parse,
// which the browser reports as a violation. Its plain parser is enough for form-sized input.
// Loaded from the root layout so every page's bundle runs it before any schema parses.
config({ jitless: true });

export function ZodConfig(): null {
  return null;
}
