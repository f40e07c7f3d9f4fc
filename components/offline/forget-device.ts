// Kept free of imports (idb, the service worker) so the sign-out form on every page stays light.

/** IndexedDB database of components/offline/offline-db.ts. */
export const OFFLINE_DB_NAME = "dossier-offline";
/** Cache names the service worker (app/sw.ts) keeps a student's pages in. */
export const PAGE_CACHE_PREFIX = "dossier-pages";

/**
 * Sign-out: drops the review queues, unsent answers and cached pages from this device, so the next
 * person on it neither sees the last student's pages nor sends their answers. Requests are issued at
 * once (the page is about to navigate); open connections close when asked (offline-db's `blocking`).
 */
export function forgetOfflineData(): void {
  try {
    indexedDB.deleteDatabase(OFFLINE_DB_NAME);
  } catch {
    /* IndexedDB blocked: nothing was stored */
  }
  if (typeof caches === "undefined") return;
  void caches
    .keys()
    .then((names) => Promise.all(names.filter((name) => name.startsWith(PAGE_CACHE_PREFIX)).map((name) => caches.delete(name))))
    .catch(() => undefined);
}
