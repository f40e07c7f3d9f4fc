import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-*/**", "node_modules/**", "server/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    // One request path (docs/decisions/008-route-wrapper.md): every write is an apiRoute handler, so no server actions.
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ExpressionStatement[directive='use server']",
          message: "No server actions: write a route handler with apiRoute (server/http/route.ts) and call it through components/api-client.ts.",
        },
      ],
    },
  },
  {
    // Layers (README): components get data from pages or the API, never from the database or server queries.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/server/db", "@/server/db/*", "@/server/queries/*"],
              allowTypeImports: true,
              message: "Components may import only types from the server: load the data in the page, or call the API.",
            },
          ],
        },
      ],
    },
  },
  {
    // lib/ is pure domain logic: no server code, no UI, no React.
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/server", "@/server/*", "**/server/*"], message: "lib/ is pure: it may not import server code." },
            { group: ["@/components", "@/components/*", "**/components/*"], message: "lib/ is pure: it may not import components." },
            { group: ["react", "react/*", "react-dom", "react-dom/*", "next", "next/*"], message: "lib/ is pure: it may not import React or Next." },
          ],
        },
      ],
    },
  },
];

export default config;
