-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "supersededAt" TIMESTAMP(3),
ALTER COLUMN "baseVersion" DROP NOT NULL;
