-- AlterEnum
ALTER TYPE "BroadcastStatus" ADD VALUE 'FAILED';

-- AlterTable
ALTER TABLE "Broadcast" ADD COLUMN     "error" TEXT;

-- CreateIndex
CREATE INDEX "BroadcastDelivery_broadcastId_channel_status_idx" ON "BroadcastDelivery"("broadcastId", "channel", "status");
