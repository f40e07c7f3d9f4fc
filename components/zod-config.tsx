"use client";
import { z } from "zod";

// Our Content-Security-Policy forbids eval; zod's fast path probes `new Function` on first parse,
// which the browser reports as a violation. Its plain parser is enough for form-sized input.
// Loaded from the root layout so every page's bundle runs it before any schema parses.
z.config({ jitless: true });

export function ZodConfig(): null {
  return null;
}
