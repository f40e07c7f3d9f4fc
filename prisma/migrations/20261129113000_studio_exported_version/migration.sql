-- AlterTable
ALTER TABLE "StudioTopic" ADD COLUMN     "exportedVersion" INTEGER;
