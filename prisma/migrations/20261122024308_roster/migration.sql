-- CreateEnum
CREATE TYPE "RosterImportStatus" AS ENUM ('UPLOADED', 'IMPORTING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "RosterEntry" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "employeeNumber" TEXT,
    "email" TEXT,
    "name" TEXT NOT NULL,
    "nameKana" TEXT,
    "department" TEXT,
    "joinedOn" DATE,
    "leftOn" DATE,
    "tags" JSONB NOT NULL DEFAULT '{}',
    "membershipId" TEXT,
    "importId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RosterEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RosterImport" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "storedPath" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "encoding" TEXT,
    "status" "RosterImportStatus" NOT NULL DEFAULT 'UPLOADED',
    "mapping" JSONB,
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "doneRows" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "RosterImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RosterEntry_tenantId_leftOn_idx" ON "RosterEntry"("tenantId", "leftOn");

-- CreateIndex
CREATE INDEX "RosterEntry_tenantId_name_idx" ON "RosterEntry"("tenantId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "RosterEntry_tenantId_employeeNumber_key" ON "RosterEntry"("tenantId", "employeeNumber");

-- CreateIndex
CREATE UNIQUE INDEX "RosterEntry_tenantId_email_key" ON "RosterEntry"("tenantId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "RosterEntry_tenantId_membershipId_key" ON "RosterEntry"("tenantId", "membershipId");

-- CreateIndex
CREATE INDEX "RosterImport_tenantId_createdAt_idx" ON "RosterImport"("tenantId", "createdAt");

-- AddForeignKey
ALTER TABLE "RosterEntry" ADD CONSTRAINT "RosterEntry_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RosterEntry" ADD CONSTRAINT "RosterEntry_importId_fkey" FOREIGN KEY ("importId") REFERENCES "RosterImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RosterImport" ADD CONSTRAINT "RosterImport_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
