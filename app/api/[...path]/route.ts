import { apiRoute } from "@/server/http/route";
import { AppError } from "@/server/errors";

// Any /api path no route serves: a JSON 404 with the API's headers, rather than the HTML not-found page
// (proxy.ts does not run for /api, so that page would go out without its script policy).
const notFound = apiRoute({ access: "anonymous" }, async ({ request }) => {
  throw new AppError("not_found", `No API route ${new URL(request.url).pathname} for ${request.method}.`);
});
export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
