-- CreateTable
CREATE TABLE "MemberActivity" (
    "tenantId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "day" DATE NOT NULL,

    CONSTRAINT "MemberActivity_pkey" PRIMARY KEY ("tenantId","membershipId","day")
);

-- CreateIndex
CREATE INDEX "MemberActivity_tenantId_day_idx" ON "MemberActivity"("tenantId", "day");

-- AddForeignKey
ALTER TABLE "MemberActivity" ADD CONSTRAINT "MemberActivity_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberActivity" ADD CONSTRAINT "MemberActivity_tenantId_membershipId_fkey" FOREIGN KEY ("tenantId", "membershipId") REFERENCES "Membership"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
