-- CreateEnum
CREATE TYPE "FsrsOptimizationStatus" AS ENUM ('running', 'done', 'failed');

-- CreateTable
CREATE TABLE "FsrsOptimization" (
    "userId" TEXT NOT NULL,
    "runId" UUID NOT NULL,
    "status" "FsrsOptimizationStatus" NOT NULL,
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "heartbeatAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "reviewCount" INTEGER NOT NULL,
    "itemCount" INTEGER NOT NULL DEFAULT 0,
    "defaultLogLoss" DOUBLE PRECISION,
    "defaultRmse" DOUBLE PRECISION,
    "previousParameters" DOUBLE PRECISION[] DEFAULT ARRAY[]::DOUBLE PRECISION[],
    "previousLogLoss" DOUBLE PRECISION,
    "previousRmse" DOUBLE PRECISION,
    "parameters" DOUBLE PRECISION[] DEFAULT ARRAY[]::DOUBLE PRECISION[],
    "optimizedLogLoss" DOUBLE PRECISION,
    "optimizedRmse" DOUBLE PRECISION,
    "applied" BOOLEAN NOT NULL DEFAULT false,
    "suggestedRetention" DOUBLE PRECISION,
    "error" TEXT,

    CONSTRAINT "FsrsOptimization_pkey" PRIMARY KEY ("userId")
);

-- AddForeignKey
ALTER TABLE "FsrsOptimization" ADD CONSTRAINT "FsrsOptimization_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
