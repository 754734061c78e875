-- CreateTable
CREATE TABLE "TenantSso" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "clientSecretSealed" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "staffMustUseSso" BOOLEAN NOT NULL DEFAULT false,
    "trustUnverifiedEmail" BOOLEAN NOT NULL DEFAULT false,
    "allowedDomains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "lastTestedAt" TIMESTAMP(3),
    "lastSignInAt" TIMESTAMP(3),
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TenantSso_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TenantSso_tenantId_key" ON "TenantSso"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "TenantSso_tenantId_id_key" ON "TenantSso"("tenantId", "id");

-- AddForeignKey
ALTER TABLE "TenantSso" ADD CONSTRAINT "TenantSso_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
