import { z } from "zod";
import { studioDocumentSchema } from "@/lib/studio/document";

export const createStudioTopicSchema = z.strictObject({
  title: z.string().trim().min(3, "give the topic a title of at least 3 characters").max(120, "keep the title under 120 characters"),
});

export const saveStudioTopicSchema = z.strictObject({
  document: studioDocumentSchema,
  /** The version the editor started from: a save over someone else's newer version is refused. */
  baseVersion: z.number().int().min(1),
});

export const studioStatusSchema = z.strictObject({
  status: z.enum(["draft", "in_review"], { error: 'status must be "draft" or "in_review"; publish with the publish action' }),
  baseVersion: z.number().int().min(1),
});

export const checkDocumentSchema = z.strictObject({ document: studioDocumentSchema });
