import { z } from "zod";
import { publicationSchema } from "@/lib/content/schema";

/** The article as sent by the studio: a file's bytes in base64, or pasted text. */
export const sourceContentSchema = z
  .strictObject({
    fileName: z.string().trim().min(1, "fileName must not be empty").max(200, "fileName is too long").nullable(),
    contentBase64: z.string().max(400_000, "the file is larger than 200 kB").optional(),
    text: z.string().max(400_000, "the text is larger than 200 kB").optional(),
  })
  .refine((s) => (s.contentBase64 === undefined) !== (s.text === undefined), { error: "send either a file or pasted text", path: ["text"] });

export const saveSourceSchema = z.strictObject({
  source: sourceContentSchema,
  label: z.string().trim().min(3, "give the article a short label of your own (3-80 characters)").max(80, "keep the label under 80 characters"),
  publication: publicationSchema,
  /** Add this copy as another source of an article already stored, instead of a new article. */
  addToArticleId: z.string().trim().min(1).optional(),
});

export type SourceContentInput = z.infer<typeof sourceContentSchema>;
export type SaveSourceInput = z.infer<typeof saveSourceSchema>;
