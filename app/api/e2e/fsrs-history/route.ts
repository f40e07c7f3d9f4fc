import { apiRoute } from "@/server/http/route";
import { seedE2eHistory, seedHistoryInputSchema } from "@/server/fsrs-optimizer/seed-route";

/** POST /api/e2e/fsrs-history { reviews }: end-to-end tests only (E2E_SEED_ROUTES=true); a 404 elsewhere. */
export const POST = apiRoute({ access: "student", body: seedHistoryInputSchema, status: 201 }, ({ user, input, db, now }) => seedE2eHistory(db, user.id, input, now));
