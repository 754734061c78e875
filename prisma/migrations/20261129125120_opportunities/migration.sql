-- CreateEnum
CREATE TYPE "PostingKind" AS ENUM ('JOB', 'CONTRACT', 'COLLABORATION');

-- CreateEnum
CREATE TYPE "PostingStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "InterestKind" AS ENUM ('POSTING', 'CASUAL_CHAT', 'OPEN_TO_RETURN');

-- CreateEnum
CREATE TYPE "PipelineStage" AS ENUM ('NEW', 'CONTACTED', 'INTERVIEWING', 'OFFERED', 'HIRED', 'CLOSED');

-- CreateEnum
CREATE TYPE "InterestAction" AS ENUM ('CREATED', 'MOVED', 'NOTE', 'OWNER', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- CreateTable
CREATE TABLE "Posting" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "kind" "PostingKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "department" TEXT,
    "location" TEXT,
    "remote" BOOLEAN NOT NULL DEFAULT false,
    "terms" TEXT,
    "contactPerson" TEXT,
    "segmentId" TEXT,
    "status" "PostingStatus" NOT NULL DEFAULT 'DRAFT',
    "closesAt" TIMESTAMP(3),
    "openedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Posting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Interest" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "kind" "InterestKind" NOT NULL,
    "postingId" TEXT,
    "membershipId" TEXT NOT NULL,
    "note" TEXT,
    "stage" "PipelineStage" NOT NULL DEFAULT 'NEW',
    "closedReason" TEXT,
    "ownerId" TEXT,
    "sharedStatus" TEXT,
    "hiredAt" DATE,
    "withdrawnAt" TIMESTAMP(3),
    "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Interest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterestEvent" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "interestId" TEXT NOT NULL,
    "action" "InterestAction" NOT NULL,
    "fromStage" "PipelineStage",
    "toStage" "PipelineStage",
    "note" TEXT,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterestEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "referrerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "note" TEXT,
    "status" "ReferralStatus" NOT NULL DEFAULT 'PENDING',
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Posting_tenantId_status_createdAt_idx" ON "Posting"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Posting_tenantId_id_key" ON "Posting"("tenantId", "id");

-- CreateIndex
CREATE INDEX "Interest_tenantId_membershipId_idx" ON "Interest"("tenantId", "membershipId");

-- CreateIndex
CREATE INDEX "Interest_tenantId_stage_lastActivityAt_idx" ON "Interest"("tenantId", "stage", "lastActivityAt");

-- CreateIndex
CREATE INDEX "Interest_tenantId_postingId_idx" ON "Interest"("tenantId", "postingId");

-- CreateIndex
CREATE UNIQUE INDEX "Interest_tenantId_id_key" ON "Interest"("tenantId", "id");

-- CreateIndex
CREATE INDEX "InterestEvent_tenantId_interestId_createdAt_idx" ON "InterestEvent"("tenantId", "interestId", "createdAt");

-- CreateIndex
CREATE INDEX "Referral_tenantId_status_createdAt_idx" ON "Referral"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Referral_tenantId_referrerId_idx" ON "Referral"("tenantId", "referrerId");

-- CreateIndex
CREATE UNIQUE INDEX "Referral_tenantId_id_key" ON "Referral"("tenantId", "id");

-- AddForeignKey
ALTER TABLE "Posting" ADD CONSTRAINT "Posting_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interest" ADD CONSTRAINT "Interest_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interest" ADD CONSTRAINT "Interest_tenantId_postingId_fkey" FOREIGN KEY ("tenantId", "postingId") REFERENCES "Posting"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interest" ADD CONSTRAINT "Interest_tenantId_membershipId_fkey" FOREIGN KEY ("tenantId", "membershipId") REFERENCES "Membership"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterestEvent" ADD CONSTRAINT "InterestEvent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterestEvent" ADD CONSTRAINT "InterestEvent_tenantId_interestId_fkey" FOREIGN KEY ("tenantId", "interestId") REFERENCES "Interest"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_tenantId_postingId_fkey" FOREIGN KEY ("tenantId", "postingId") REFERENCES "Posting"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_tenantId_referrerId_fkey" FOREIGN KEY ("tenantId", "referrerId") REFERENCES "Membership"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
