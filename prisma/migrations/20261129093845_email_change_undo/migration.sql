-- AlterTable
ALTER TABLE "EmailChange" ADD COLUMN     "oldEmail" TEXT,
ADD COLUMN     "undoExpiresAt" TIMESTAMP(3),
ADD COLUMN     "undoTokenHash" TEXT,
ADD COLUMN     "undoneAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionsValidFrom" TIMESTAMP(3);
