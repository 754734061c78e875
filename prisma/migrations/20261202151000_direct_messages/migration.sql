-- CreateEnum
CREATE TYPE "ReportReason" AS ENUM ('HARASSMENT', 'SPAM', 'INAPPROPRIATE', 'OTHER');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('OPEN', 'DISMISSED', 'SUSPENDED');

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN "directMessages" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN "directKey" TEXT;

-- CreateTable
CREATE TABLE "DirectBlock" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "blockerId" TEXT NOT NULL,
    "blockedId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DirectBlock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MessageReport" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reportedId" TEXT NOT NULL,
    "reason" "ReportReason" NOT NULL,
    "note" TEXT,
    "body" TEXT NOT NULL,
    "messageAt" TIMESTAMP(3) NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'OPEN',
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MessageReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Conversation_tenantId_directKey_key" ON "Conversation"("tenantId", "directKey");

-- CreateIndex
CREATE INDEX "DirectBlock_tenantId_blockedId_idx" ON "DirectBlock"("tenantId", "blockedId");

-- CreateIndex
CREATE UNIQUE INDEX "DirectBlock_tenantId_blockerId_blockedId_key" ON "DirectBlock"("tenantId", "blockerId", "blockedId");

-- CreateIndex
CREATE UNIQUE INDEX "DirectBlock_tenantId_id_key" ON "DirectBlock"("tenantId", "id");

-- CreateIndex
CREATE INDEX "MessageReport_tenantId_status_createdAt_idx" ON "MessageReport"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MessageReport_tenantId_messageId_reporterId_key" ON "MessageReport"("tenantId", "messageId", "reporterId");

-- CreateIndex
CREATE UNIQUE INDEX "MessageReport_tenantId_id_key" ON "MessageReport"("tenantId", "id");

-- AddForeignKey
ALTER TABLE "DirectBlock" ADD CONSTRAINT "DirectBlock_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageReport" ADD CONSTRAINT "MessageReport_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
