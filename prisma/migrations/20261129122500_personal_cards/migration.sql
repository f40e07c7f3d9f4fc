-- AlterEnum
ALTER TYPE "ContentOrigin" ADD VALUE 'personal';

-- AlterTable
ALTER TABLE "Flashcard" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "ownerId" TEXT,
ALTER COLUMN "topicId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "Flashcard_ownerId_idx" ON "Flashcard"("ownerId");

-- AddForeignKey
ALTER TABLE "Flashcard" ADD CONSTRAINT "Flashcard_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Only a personal card may be attached to no topic: every catalogue and studio card keeps its topic.
ALTER TABLE "Flashcard" ADD CONSTRAINT "Flashcard_topic_or_owner" CHECK ("topicId" IS NOT NULL OR "ownerId" IS NOT NULL);
