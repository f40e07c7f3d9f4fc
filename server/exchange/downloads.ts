import "server-only";
import { safeFileName } from "@/lib/classes/csv";

/** A file name made of safe characters only, e.g. "dossier-cards-2026-11-29.apkg". */
export function exchangeFileName(base: string, day: string, extension: "apkg" | "csv"): string {
  return safeFileName(base, day, extension, "cards");
}

/** A card export as a download; it holds a student's own cards and history, so no cache may keep it. */
export function fileDownload(body: Uint8Array | string, fileName: string, contentType: string): Response {
  return new Response(typeof body === "string" ? body : new Blob([body as Uint8Array<ArrayBuffer>]), {
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "private, no-store",
    },
  });
}
