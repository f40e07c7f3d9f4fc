import { apiRoute } from "@/server/http/route";
import { resetFsrsParameters } from "@/server/fsrs-optimizer/start-optimization";

/** DELETE /api/fsrs-optimizer/parameters: return to the FSRS-6 default parameters. */
export const DELETE = apiRoute({ access: "student" }, ({ user, db, now }) => resetFsrsParameters(db, user.id, now));
