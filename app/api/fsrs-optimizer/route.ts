import { apiRoute } from "@/server/http/route";
import { getOptimizerView } from "@/server/fsrs-optimizer/optimizer-view";
import { startOptimization } from "@/server/fsrs-optimizer/start-optimization";

/** GET /api/fsrs-optimizer: your review count against the threshold, the weights in use, the latest run. */
export const GET = apiRoute({ access: "student" }, ({ user, db, now }) => getOptimizerView(db, user.id, now));

/** POST /api/fsrs-optimizer: starts the optimizer (it runs after this answers; poll GET for progress). */
export const POST = apiRoute({ access: "student", status: 202 }, async ({ user, db, now }) => (await startOptimization(db, user.id, now)).view);
