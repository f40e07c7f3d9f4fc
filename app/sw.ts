/// <reference lib="webworker" />
// The service worker, bundled by scripts/build-service-worker.ts after `next build` (not part of the
// Next bundle) and served at /sw.js by app/sw.js/route.ts.
import { CacheFirst, ExpirationPlugin, NetworkFirst, Serwist, type PrecacheEntry, type SerwistPlugin } from "serwist";
import { PAGE_CACHE_PREFIX } from "@/components/offline/forget-device";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] };

// Pages a student studies from: after one visit they open offline, from the last copy seen online.
const OFFLINE_PAGES = /^\/(review|dashboard|topics)(\/|$)/;

// Only a page the student actually got: never a redirect (to sign-in, say) nor an error page.
const onlyPagesServed: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) => (response.ok && response.type === "basic" && !response.redirected ? response : null),
};

const pages = new NetworkFirst({
  cacheName: `${PAGE_CACHE_PREFIX}-visited`,
  // A patchy connection that does not answer is treated as none, so the page still opens.
  networkTimeoutSeconds: 6,
  matchOptions: { ignoreVary: true },
  plugins: [onlyPagesServed, new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 30 * 24 * 3600 })],
});

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.mode === "navigate" && OFFLINE_PAGES.test(url.pathname),
      handler: async (options) => {
        try {
          return await pages.handle(options);
        } catch (error) {
          // Not visited, but saved on purpose ("Save for offline" on a topic page).
          const saved = await caches.match(options.request, { ignoreVary: true });
          if (saved) return saved;
          throw error;
        }
      },
    },
    {
      // Hashed build files never change; the ones not precached are kept once fetched.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({ cacheName: "dossier-static", plugins: [new ExpirationPlugin({ maxEntries: 300 })] }),
    },
  ],
});

serwist.addEventListeners();
