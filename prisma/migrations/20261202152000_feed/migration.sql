-- CreateEnum
CREATE TYPE "FeedReactionKind" AS ENUM ('LIKE', 'HEART', 'CELEBRATE', 'CLAP');

-- CreateEnum
CREATE TYPE "FeedReportStatus" AS ENUM ('OPEN', 'DISMISSED', 'HIDDEN', 'DELETED');

-- CreateEnum
CREATE TYPE "LinkPreviewStatus" AS ENUM ('PENDING', 'READY', 'FAILED');

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "feedAlumniPosts" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "FeedPost" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "fromStaff" BOOLEAN NOT NULL DEFAULT false,
    "body" TEXT NOT NULL,
    "pinnedAt" TIMESTAMP(3),
    "hiddenAt" TIMESTAMP(3),
    "hiddenById" TEXT,
    "editedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeedPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedComment" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedReaction" (
    "tenantId" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "kind" "FeedReactionKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedReaction_pkey" PRIMARY KEY ("tenantId","postId","membershipId","kind")
);

-- CreateTable
CREATE TABLE "FeedReport" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "commentId" TEXT,
    "reporterId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "FeedReportStatus" NOT NULL DEFAULT 'OPEN',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedImage" (
    "tenantId" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "image" BYTEA NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "version" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedImage_pkey" PRIMARY KEY ("tenantId","postId")
);

-- CreateTable
CREATE TABLE "FeedLinkPreview" (
    "tenantId" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "status" "LinkPreviewStatus" NOT NULL DEFAULT 'PENDING',
    "title" TEXT,
    "description" TEXT,
    "imageUrl" TEXT,
    "image" BYTEA,
    "imageVersion" TEXT,
    "siteName" TEXT,
    "fetchedAt" TIMESTAMP(3),

    CONSTRAINT "FeedLinkPreview_pkey" PRIMARY KEY ("tenantId","postId")
);

-- CreateIndex
CREATE INDEX "FeedPost_tenantId_createdAt_id_idx" ON "FeedPost"("tenantId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "FeedPost_tenantId_pinnedAt_idx" ON "FeedPost"("tenantId", "pinnedAt");

-- CreateIndex
CREATE INDEX "FeedPost_tenantId_authorId_createdAt_idx" ON "FeedPost"("tenantId", "authorId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FeedPost_tenantId_id_key" ON "FeedPost"("tenantId", "id");

-- CreateIndex
CREATE INDEX "FeedComment_tenantId_postId_createdAt_idx" ON "FeedComment"("tenantId", "postId", "createdAt");

-- CreateIndex
CREATE INDEX "FeedComment_tenantId_authorId_createdAt_idx" ON "FeedComment"("tenantId", "authorId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FeedComment_tenantId_id_key" ON "FeedComment"("tenantId", "id");

-- CreateIndex
CREATE INDEX "FeedReport_tenantId_status_createdAt_idx" ON "FeedReport"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FeedReport_tenantId_id_key" ON "FeedReport"("tenantId", "id");

-- AddForeignKey
ALTER TABLE "FeedPost" ADD CONSTRAINT "FeedPost_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedPost" ADD CONSTRAINT "FeedPost_tenantId_authorId_fkey" FOREIGN KEY ("tenantId", "authorId") REFERENCES "Membership"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedComment" ADD CONSTRAINT "FeedComment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedComment" ADD CONSTRAINT "FeedComment_tenantId_postId_fkey" FOREIGN KEY ("tenantId", "postId") REFERENCES "FeedPost"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedComment" ADD CONSTRAINT "FeedComment_tenantId_authorId_fkey" FOREIGN KEY ("tenantId", "authorId") REFERENCES "Membership"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedReaction" ADD CONSTRAINT "FeedReaction_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedReaction" ADD CONSTRAINT "FeedReaction_tenantId_postId_fkey" FOREIGN KEY ("tenantId", "postId") REFERENCES "FeedPost"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedReaction" ADD CONSTRAINT "FeedReaction_tenantId_membershipId_fkey" FOREIGN KEY ("tenantId", "membershipId") REFERENCES "Membership"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedReport" ADD CONSTRAINT "FeedReport_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedReport" ADD CONSTRAINT "FeedReport_tenantId_postId_fkey" FOREIGN KEY ("tenantId", "postId") REFERENCES "FeedPost"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedReport" ADD CONSTRAINT "FeedReport_tenantId_commentId_fkey" FOREIGN KEY ("tenantId", "commentId") REFERENCES "FeedComment"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedReport" ADD CONSTRAINT "FeedReport_tenantId_reporterId_fkey" FOREIGN KEY ("tenantId", "reporterId") REFERENCES "Membership"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedImage" ADD CONSTRAINT "FeedImage_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedImage" ADD CONSTRAINT "FeedImage_tenantId_postId_fkey" FOREIGN KEY ("tenantId", "postId") REFERENCES "FeedPost"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedLinkPreview" ADD CONSTRAINT "FeedLinkPreview_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedLinkPreview" ADD CONSTRAINT "FeedLinkPreview_tenantId_postId_fkey" FOREIGN KEY ("tenantId", "postId") REFERENCES "FeedPost"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
