import "server-only";
import { errorResponse } from "@/server/http";

/**
 * handleRoute for a download: the body is CSV, failures are the usual JSON errors.
 * The byte-order mark makes Excel read the file as UTF-8 (names are often not ASCII).
 */
export async function handleCsvRoute(body: () => Promise<{ fileName: string; csv: string }>): Promise<Response> {
  try {
    const { fileName, csv } = await body();
    return new Response(`\uFEFF${csv}`, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${fileName}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
