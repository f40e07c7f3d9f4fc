import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Loaded by Node at run time, not bundled: PGlite reads its wasm and data files
  // from its own package folder, and the database drivers are native-style modules.
  // sql.js (Anki packages) reads its wasm file from its package folder the same way.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg", "sql.js"],
  // The proxy (proxy.ts) buffers request bodies and cuts them at 10 MB by default; a card import may send
  // a 20 MB file as base64 JSON (about 27 MB). The import route bounds the body itself.
  experimental: { proxyClientMaxBodySize: "30mb" },
  poweredByHeader: false,
  // Separate build folders let several e2e servers (one per E2E_PORT) build side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // `npm test` typechecks the whole project first (tsc --noEmit); doing it again inside
  // every build would only add a minute on a 2-core machine.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
