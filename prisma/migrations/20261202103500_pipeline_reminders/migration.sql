-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN "pipelineReminderDays" INTEGER NOT NULL DEFAULT 7;

-- AlterTable
ALTER TABLE "Interest" ADD COLUMN "remindedAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "Referral_tenantId_postingId_email_key" ON "Referral"("tenantId", "postingId", "email");
