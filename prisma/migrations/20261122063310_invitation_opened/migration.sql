-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "openedAt" TIMESTAMP(3);
