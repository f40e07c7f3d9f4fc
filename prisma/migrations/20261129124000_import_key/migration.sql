-- AlterTable
ALTER TABLE "Flashcard" ADD COLUMN     "importKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Flashcard_ownerId_importKey_key" ON "Flashcard"("ownerId", "importKey");
