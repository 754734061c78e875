-- DropIndex
DROP INDEX "Invitation_tenantId_rosterEntryId_createdAt_idx";

-- CreateIndex
CREATE INDEX "Invitation_tenantId_rosterEntryId_createdAt_status_expiresA_idx" ON "Invitation"("tenantId", "rosterEntryId", "createdAt", "status", "expiresAt", "scheduledFor");

-- CreateIndex
CREATE INDEX "Membership_tenantId_role_createdAt_status_idx" ON "Membership"("tenantId", "role", "createdAt", "status");
