-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "segmentId" TEXT;
