import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Loaded by Node at run time, not bundled: PGlite reads its wasm and data files
  // from its own package folder, and the database drivers are native-style modules.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  // Separate build folders let several e2e servers (one per E2E_PORT) build side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // `npm test` typechecks the whole project first (tsc --noEmit); doing it again inside
  // every build would only add a minute on a 2-core machine.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
