import type { MetadataRoute } from "next";

// Installable on a phone's home screen; the service worker makes the study pages work offline.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Dossier: UPSC GS2 International Relations",
    short_name: "Dossier",
    description: "Daily spaced-repetition reviews, UPSC-style practice and mock tests for GS Paper 2 International Relations.",
    start_url: "/dashboard",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#4f46e5",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
