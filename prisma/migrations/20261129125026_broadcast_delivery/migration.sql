-- AlterEnum
ALTER TYPE "BroadcastStatus" ADD VALUE 'FAILED';

-- DropIndex
DROP INDEX "BroadcastDelivery_broadcastId_channel_batch_idx";

-- AlterTable
ALTER TABLE "Broadcast" ADD COLUMN     "error" TEXT;

-- CreateIndex
CREATE INDEX "BroadcastDelivery_broadcastId_channel_status_batch_idx" ON "BroadcastDelivery"("broadcastId", "channel", "status", "batch");
