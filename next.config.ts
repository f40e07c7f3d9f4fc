import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Loaded by Node at run time, not bundled: PGlite reads its wasm and data files
  // from its own package folder, and the database drivers are native-style modules.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  // `npm test` typechecks the whole project first (tsc --noEmit); doing it again inside
  // every build would only add a minute on a 2-core machine.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
