"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and while React hydrates it, true from then on. Forms that send JSON
 * keep their submit button disabled until then: a click before hydration would otherwise submit the
 * plain HTML form (to the page itself), and a disabled default button also stops Enter from doing so.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
