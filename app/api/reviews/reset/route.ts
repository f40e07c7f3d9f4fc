import { requireRole } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { handleRoute, parseJsonBody } from "@/server/http";
import { resetCard } from "@/server/reviews/reset-card";
import { resetInputSchema } from "@/server/reviews/review-inputs";

/** POST /api/reviews/reset { cardId }: the card becomes new again for you (its history is kept). */
export async function POST(request: Request) {
  return handleRoute(async () => {
    const user = await requireRole("student", request);
    const { cardId } = await parseJsonBody(request, resetInputSchema);
    return resetCard(await getDb(), user.id, cardId, new Date());
  });
}
