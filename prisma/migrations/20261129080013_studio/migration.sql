-- CreateEnum
CREATE TYPE "ContentOrigin" AS ENUM ('file', 'studio');

-- CreateEnum
CREATE TYPE "StudioStatus" AS ENUM ('draft', 'in_review', 'published');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'editor';

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "origin" "ContentOrigin" NOT NULL DEFAULT 'file';

-- AlterTable
ALTER TABLE "Fact" ADD COLUMN     "origin" "ContentOrigin" NOT NULL DEFAULT 'file';

-- AlterTable
ALTER TABLE "Flashcard" ADD COLUMN     "origin" "ContentOrigin" NOT NULL DEFAULT 'file';

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "origin" "ContentOrigin" NOT NULL DEFAULT 'file',
ADD COLUMN     "ownerId" TEXT;

-- AlterTable
ALTER TABLE "Topic" ADD COLUMN     "origin" "ContentOrigin" NOT NULL DEFAULT 'file',
ADD COLUMN     "ownerId" TEXT;

-- CreateTable
CREATE TABLE "ArticleText" (
    "articleId" TEXT NOT NULL,
    "paragraphs" JSONB NOT NULL,
    "removed" JSONB NOT NULL,
    "candidateFacts" JSONB NOT NULL,
    "sources" JSONB NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleText_pkey" PRIMARY KEY ("articleId")
);

-- CreateTable
CREATE TABLE "StudioTopic" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT,
    "createdById" TEXT NOT NULL,
    "status" "StudioStatus" NOT NULL DEFAULT 'draft',
    "document" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedVersion" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StudioTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudioTopicVersion" (
    "id" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "StudioStatus" NOT NULL,
    "document" JSONB NOT NULL,
    "changes" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StudioTopicVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleText_uploadedById_idx" ON "ArticleText"("uploadedById");

-- CreateIndex
CREATE INDEX "StudioTopic_ownerId_idx" ON "StudioTopic"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "StudioTopicVersion_topicId_version_key" ON "StudioTopicVersion"("topicId", "version");

-- CreateIndex
CREATE INDEX "Question_ownerId_idx" ON "Question"("ownerId");

-- AddForeignKey
ALTER TABLE "ArticleText" ADD CONSTRAINT "ArticleText_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleText" ADD CONSTRAINT "ArticleText_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudioTopic" ADD CONSTRAINT "StudioTopic_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudioTopicVersion" ADD CONSTRAINT "StudioTopicVersion_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "StudioTopic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudioTopicVersion" ADD CONSTRAINT "StudioTopicVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
