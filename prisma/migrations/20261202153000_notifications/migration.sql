-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('DIRECT_MESSAGE', 'COMPANY_REPLY', 'INBOX_MESSAGE', 'COMMENT', 'MENTION', 'APPROVAL');

-- CreateEnum
CREATE TYPE "EmailFrequency" AS ENUM ('IMMEDIATE', 'DAILY');

-- AlterTable
ALTER TABLE "EmailPreference" ADD COLUMN     "frequency" "EmailFrequency" NOT NULL DEFAULT 'IMMEDIATE';

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "actorId" TEXT,
    "refId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "excerpt" VARCHAR(280),
    "count" INTEGER NOT NULL DEFAULT 1,
    "openKey" TEXT,
    "readAt" TIMESTAMP(3),
    "emailedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_tenantId_recipientId_readAt_idx" ON "Notification"("tenantId", "recipientId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_tenantId_recipientId_updatedAt_idx" ON "Notification"("tenantId", "recipientId", "updatedAt");

-- CreateIndex
CREATE INDEX "Notification_emailedAt_readAt_idx" ON "Notification"("emailedAt", "readAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_tenantId_id_key" ON "Notification"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_tenantId_recipientId_openKey_key" ON "Notification"("tenantId", "recipientId", "openKey");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_tenantId_recipientId_fkey" FOREIGN KEY ("tenantId", "recipientId") REFERENCES "Membership"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
