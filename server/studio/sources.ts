import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { Prisma, type ContentOrigin } from "@/server/generated/prisma/client";
import type { CandidateFact, Paragraph } from "@/lib/content/ingest/types";
import type { Publication } from "@/lib/content/schema";
import { articleRow } from "@/lib/content/content-rows";
import { analyseSource, findSameStory, UploadError, type SourceAnalysis } from "@/lib/studio/source-upload";
import type { SaveSourceInput, SourceContentInput } from "./source-input";
import type { StudioUser } from "./studio-user";
import { fileArticleTexts } from "./file-articles";
import { serverEnv } from "@/server/env";

const paragraphsSchema = z.array(z.object({ text: z.string(), heading: z.boolean() }));
const candidatesSchema = z.array(z.object({ text: z.string(), kind: z.string(), paragraphIndex: z.number() }));
const publicationsSchema = z.array(z.object({ publisher: z.string(), url: z.string(), publishedAt: z.string() }));
const articleSourcesSchema = z.object({ publications: publicationsSchema });

/** Whose article texts a person may read: editors all, a teacher only those they uploaded. */
const readableTexts = (user: StudioUser): Prisma.ArticleTextWhereInput => (user.role === "editor" ? {} : { uploadedById: user.id });

function analyse(input: SourceContentInput): SourceAnalysis {
  const content = input.contentBase64 !== undefined ? Buffer.from(input.contentBase64, "base64") : (input.text ?? "");
  try {
    return analyseSource({ fileName: input.fileName, content });
  } catch (error) {
    if (error instanceof UploadError) throw new AppError("invalid_input", error.message, { field: "source" });
    throw error;
  }
}

export type SourcePreview = {
  id: string;
  title: string;
  paragraphs: Paragraph[];
  candidateFacts: CandidateFact[];
  removed: string[];
  detected: Publication;
  sameStory: { articleId: string; label: string; paragraphCount: number; shared: number; hasText: boolean } | null;
};

async function sameStoryFor(db: Db, user: StudioUser, analysis: SourceAnalysis) {
  const [texts, registered] = await Promise.all([
    db.articleText.findMany({ where: readableTexts(user), select: { articleId: true, paragraphs: true } }),
    db.article.findMany({ where: { text: null }, select: { id: true } }),
  ]);
  const stored = texts.map((t) => ({ id: t.articleId, paragraphs: paragraphsSchema.parse(t.paragraphs) }));
  const match = findSameStory(analysis.article, stored, registered.map((a) => a.id));
  if (!match) return null;
  const article = await db.article.findUniqueOrThrow({ where: { id: match.articleId }, select: { title: true, paragraphCount: true, text: { select: { articleId: true } } } });
  return { articleId: match.articleId, label: article.title, paragraphCount: article.paragraphCount, shared: match.shared, hasText: article.text !== null };
}

/** What the studio shows before anything is stored: the cleaned article, what was removed, and any earlier copy. */
export async function previewSource(db: Db, user: StudioUser, input: SourceContentInput): Promise<SourcePreview> {
  const analysis = analyse(input);
  const { article } = analysis;
  const source = article.sources[0];
  return {
    id: article.id,
    title: article.title,
    paragraphs: article.paragraphs,
    candidateFacts: article.candidateFacts,
    removed: analysis.removed,
    detected: { publisher: source?.publisher ?? "unknown", url: source?.url ?? "unknown", publishedAt: source?.publishedAt ?? "unknown" },
    sameStory: await sameStoryFor(db, user, analysis),
  };
}

/**
 * Stores an article (or another copy of a stored one) in one transaction, so a refusal leaves nothing
 * behind. The text is analysed again here: the server never trusts a preview the browser sends back.
 */
export async function saveSource(db: Db, user: StudioUser, input: SaveSourceInput): Promise<{ articleId: string; added: "article" | "source" }> {
  const analysis = analyse(input.source);
  const { article } = analysis;
  const textData = {
    paragraphs: article.paragraphs as unknown as Prisma.InputJsonValue,
    removed: analysis.removed,
    candidateFacts: article.candidateFacts as unknown as Prisma.InputJsonValue,
    uploadedById: user.id,
  };
  return db.$transaction(async (tx) => {
    if (input.addToArticleId !== undefined) {
      const target = await tx.article.findUnique({ where: { id: input.addToArticleId }, select: { id: true, paragraphCount: true, sources: true, text: { select: { uploadedById: true, sources: true } } } });
      const readable = target !== null && (target.text === null || user.role === "editor" || target.text.uploadedById === user.id);
      if (!target || !readable) throw new AppError("not_found", "There is no such stored article to add this source to.", { field: "addToArticleId" });
      if (target.text === null) {
        // An article registered from content/ without its text: this upload supplies the text, so its
        // paragraphs must line up with the citations already written against it.
        if (article.paragraphs.length !== target.paragraphCount) {
          throw new AppError(
            "invalid_input",
            `This copy has ${article.paragraphs.length} paragraphs but article "${target.id}" has ${target.paragraphCount}; citations would not line up, so save it as a new article instead.`,
            { field: "addToArticleId" },
          );
        }
        await tx.articleText.create({ data: { articleId: target.id, ...textData, sources: [input.publication] } });
      } else {
        const sources = [...publicationsSchema.parse(target.text.sources), input.publication];
        await tx.articleText.update({ where: { articleId: target.id }, data: { sources } });
      }
      return { articleId: target.id, added: "source" as const };
    }
    // content/sources.yaml allows at most 8 words in an article id (a longer slug is a copied run), and
    // content:export writes these ids there: cut to 8, and number a repeat in the eighth word.
    const words = article.id.split("-").slice(0, 8);
    let id = words.join("-");
    for (let n = 2; (await tx.article.count({ where: { id } })) > 0; n++) id = [...words.slice(0, 7), String(n)].join("-");
    const row = articleRow({ id, label: input.label, paragraphCount: article.paragraphs.length, sources: [input.publication] });
    await tx.article.create({ data: { ...row, sources: row.sources as Prisma.InputJsonValue, origin: "studio" } });
    await tx.articleText.create({ data: { articleId: id, ...textData, sources: [] } });
    return { articleId: id, added: "article" as const };
  });
}

export type StudioArticle = {
  id: string;
  label: string;
  origin: "file" | "studio";
  paragraphs: Paragraph[];
  candidateFacts: CandidateFact[];
  removed: string[];
  publications: Publication[];
  uploadedByMe: boolean;
};

/** An article's full text, for editors and the teacher who uploaded it; anyone else gets a 404. */
export async function getStudioArticle(db: Db, user: StudioUser, articleId: string): Promise<StudioArticle> {
  const text = await db.articleText.findFirst({ where: { articleId, ...readableTexts(user) }, include: { article: true } });
  if (!text) throw new AppError("not_found", "There is no such article in your studio.");
  return {
    id: text.articleId,
    label: text.article.title,
    origin: articleOrigin(text.article.origin),
    paragraphs: paragraphsSchema.parse(text.paragraphs),
    candidateFacts: candidatesSchema.parse(text.candidateFacts) as CandidateFact[],
    removed: z.array(z.string()).parse(text.removed),
    publications: [...articleSourcesSchema.parse(text.article.sources).publications, ...publicationsSchema.parse(text.sources)],
    uploadedByMe: text.uploadedById === user.id,
  };
}

export type StudioArticleSummary = { id: string; label: string; paragraphCount: number; origin: "file" | "studio"; createdAt: string };

export async function listStudioArticles(db: Db, user: StudioUser): Promise<StudioArticleSummary[]> {
  const rows = await db.articleText.findMany({ where: readableTexts(user), include: { article: true }, orderBy: { createdAt: "desc" } });
  return rows.map((r) => ({ id: r.articleId, label: r.article.title, paragraphCount: r.article.paragraphCount, origin: articleOrigin(r.article.origin), createdAt: r.createdAt.toISOString() }));
}

/**
 * Every stored article text, whoever uploaded it, and the articles content/ cites (read from ARTICLES_DIR,
 * since their text is in the database only once someone uploads a copy): the copy check runs against all.
 */
export async function allArticleTexts(db: Db): Promise<{ id: string; text: string }[]> {
  const rows = await db.articleText.findMany({ select: { articleId: true, paragraphs: true } });
  const stored = rows.map((r) => ({ id: r.articleId, text: paragraphsSchema.parse(r.paragraphs).map((p) => p.text).join("\n") }));
  const have = new Set(stored.map((a) => a.id));
  return [...stored, ...fileArticleTexts(serverEnv().ARTICLES_DIR).filter((a) => !have.has(a.id))];
}

// Articles come from content/ or the studio; only flashcards can be personal.
const articleOrigin = (origin: ContentOrigin): "file" | "studio" => (origin === "file" ? "file" : "studio");
