/*
  Warnings:

  - A unique constraint covering the columns `[tenantId,id]` on the table `AlumniProfile` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateTable
CREATE TABLE "ProfileAvatar" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "large" BYTEA NOT NULL,
    "small" BYTEA NOT NULL,
    "version" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProfileAvatar_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProfileAvatar_tenantId_profileId_key" ON "ProfileAvatar"("tenantId", "profileId");

-- CreateIndex
CREATE UNIQUE INDEX "AlumniProfile_tenantId_id_key" ON "AlumniProfile"("tenantId", "id");

-- AddForeignKey
ALTER TABLE "ProfileAvatar" ADD CONSTRAINT "ProfileAvatar_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileAvatar" ADD CONSTRAINT "ProfileAvatar_tenantId_profileId_fkey" FOREIGN KEY ("tenantId", "profileId") REFERENCES "AlumniProfile"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
