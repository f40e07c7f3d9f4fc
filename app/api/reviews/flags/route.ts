import { requireRole } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { handleRoute, parseJsonBody } from "@/server/http";
import { setCardFlags } from "@/server/reviews/set-card-flags";
import { cardFlagsInputSchema } from "@/server/reviews/review-inputs";

/** POST /api/reviews/flags: suspend or flag a card for yourself { cardId, suspended?, flagged? }. */
export async function POST(request: Request) {
  return handleRoute(async () => {
    const user = await requireRole("student", request);
    const input = await parseJsonBody(request, cardFlagsInputSchema);
    return setCardFlags(await getDb(), user.id, input, new Date());
  });
}
