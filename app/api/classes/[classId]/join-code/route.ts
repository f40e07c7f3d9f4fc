import { apiRoute } from "@/server/http/route";
import { joinCodeSettingsSchema } from "@/lib/classes/inputs";
import { rotateJoinCode, updateJoinCodeSettings } from "@/server/classes/update-join-code";

/** Replaces the class's join code with a new one; the old code and link stop working. */
export const POST = apiRoute({ access: "teacher", params: ["classId"] }, ({ user, params, db, now }) => rotateJoinCode(db, user.id, params.classId, now));

/** `{ enabled?, expiresAt? }`: turns joining on or off, or sets when the code expires. */
export const PATCH = apiRoute({ access: "teacher", body: joinCodeSettingsSchema, params: ["classId"] }, ({ user, input, params, db, now }) =>
  updateJoinCodeSettings(db, user.id, params.classId, input, now),
);
