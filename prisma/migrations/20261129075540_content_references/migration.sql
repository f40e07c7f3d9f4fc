-- AlterTable
ALTER TABLE "Fact" ADD COLUMN     "asOf" DATE;

-- CreateTable
CREATE TABLE "Reference" (
    "id" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "contentHash" TEXT NOT NULL,

    CONSTRAINT "Reference_pkey" PRIMARY KEY ("id")
);
