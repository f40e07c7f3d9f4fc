-- AlterTable
ALTER TABLE "StudySettings" ADD COLUMN     "burySiblings" BOOLEAN NOT NULL DEFAULT true;
