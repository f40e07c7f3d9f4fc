"use client";
import { useEffect } from "react";

/** Installs the service worker (app/sw.ts) once the page has loaded, so it never competes with it. */
export function RegisterServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const register = async () => {
      await navigator.serviceWorker.register("/sw.js", { scope: "/" });
      const { active } = await navigator.serviceWorker.ready;
      // This page's scripts were fetched before the worker ran: hand them over so it opens offline too.
      const urlsToCache = performance
        .getEntriesByType("resource")
        .map((entry) => entry.name)
        .filter((url) => new URL(url).pathname.startsWith("/_next/static/"));
      active?.postMessage({ type: "CACHE_URLS", payload: { urlsToCache } });
    };
    const start = () => void register().catch(() => undefined);
    if (document.readyState === "complete") start();
    else window.addEventListener("load", start, { once: true });
  }, []);
  return null;
}
