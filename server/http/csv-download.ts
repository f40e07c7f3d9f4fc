import "server-only";

/**
 * A CSV file as a download. The byte-order mark makes Excel read the file as UTF-8 (names are often not ASCII);
 * the export is private to its teacher, so no cache may keep it.
 */
export function csvDownload({ fileName, csv }: { fileName: string; csv: string }): Response {
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "private, no-store",
    },
  });
}
