-- CreateEnum
CREATE TYPE "BrandImageKind" AS ENUM ('LOGO', 'FAVICON');

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN "emailSenderName" TEXT,
ADD COLUMN "emailReplyTo" TEXT;

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN "replyTo" TEXT;

-- CreateTable
CREATE TABLE "TenantBrandImage" (
    "tenantId" TEXT NOT NULL,
    "kind" "BrandImageKind" NOT NULL,
    "image" BYTEA NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "version" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TenantBrandImage_pkey" PRIMARY KEY ("tenantId","kind")
);

-- AddForeignKey
ALTER TABLE "TenantBrandImage" ADD CONSTRAINT "TenantBrandImage_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
