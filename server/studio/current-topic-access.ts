import "server-only";
import { cache } from "react";
import { getCurrentUser } from "@/server/auth/current-user";
import { getDb } from "@/server/db";
import { privateTopicIdsFor } from "./topic-access";

/** Private topic ids the signed-in visitor may see (none when anonymous). Cached per request. */
export const currentPrivateTopicIds = cache(async (): Promise<string[]> => privateTopicIdsFor(await getDb(), await getCurrentUser()));
