-- Each member's last active day, kept on the membership by the write that records activity, so the dashboard
-- counts active members from an index (docs/decisions/014-dashboard-at-scale.md).
-- DropIndex
DROP INDEX "Membership_tenantId_role_status_idx";

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "lastActiveOn" DATE;

-- Backfill from the activity recorded so far (before the index is built).
UPDATE "Membership" m SET "lastActiveOn" = a.last
FROM (SELECT "tenantId", "membershipId", max(day) AS last FROM "MemberActivity" GROUP BY 1, 2) a
WHERE m."tenantId" = a."tenantId" AND m.id = a."membershipId";

-- CreateIndex
CREATE INDEX "Membership_tenantId_role_status_lastActiveOn_idx" ON "Membership"("tenantId", "role", "status", "lastActiveOn");
