-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "GoalMetric" ADD VALUE 'OPEN_TO_RETURN';
ALTER TYPE "GoalMetric" ADD VALUE 'RETURNS_365';
ALTER TYPE "GoalMetric" ADD VALUE 'COLLABORATION_365';

-- AlterTable
ALTER TABLE "ProgramSnapshot" ADD COLUMN     "collaboration365" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "openToReturn" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "returns365" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "welcomeMessageEn" TEXT,
ADD COLUMN     "welcomeMessageJa" TEXT;

-- CreateTable
CREATE TABLE "ProgramSetup" (
    "tenantId" TEXT NOT NULL,
    "purposes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "purposeNote" TEXT,
    "waveSize" INTEGER,
    "waveEveryDays" INTEGER,
    "firstWaveOn" DATE,
    "lastWaveOn" DATE,
    "inviteOnLastDay" BOOLEAN NOT NULL DEFAULT true,
    "handOutJoinLink" BOOLEAN NOT NULL DEFAULT true,
    "firstBroadcastId" TEXT,
    "reviewOn" DATE,
    "doneSteps" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "skippedSteps" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "completedAt" TIMESTAMP(3),
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgramSetup_pkey" PRIMARY KEY ("tenantId")
);

-- AddForeignKey
ALTER TABLE "ProgramSetup" ADD CONSTRAINT "ProgramSetup_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
