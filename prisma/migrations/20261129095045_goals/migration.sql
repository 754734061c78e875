-- CreateEnum
CREATE TYPE "GoalMetric" AS ENUM ('REGISTERED', 'REGISTRATION_RATE', 'ACTIVE_RATE_30', 'ACTIVE_RATE_90');

-- CreateTable
CREATE TABLE "ProgramSnapshot" (
    "tenantId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "roster" INTEGER NOT NULL,
    "joined" INTEGER NOT NULL,
    "alumni" INTEGER NOT NULL,
    "active30" INTEGER NOT NULL,
    "active90" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgramSnapshot_pkey" PRIMARY KEY ("tenantId","day")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "metric" "GoalMetric" NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "baseline" DOUBLE PRECISION NOT NULL,
    "startOn" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "title" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoalReview" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "reviewedOn" DATE NOT NULL,
    "did" TEXT NOT NULL,
    "learned" TEXT NOT NULL,
    "next" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GoalReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Goal_tenantId_dueOn_idx" ON "Goal"("tenantId", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "Goal_tenantId_id_key" ON "Goal"("tenantId", "id");

-- CreateIndex
CREATE INDEX "GoalReview_tenantId_goalId_reviewedOn_idx" ON "GoalReview"("tenantId", "goalId", "reviewedOn");

-- AddForeignKey
ALTER TABLE "ProgramSnapshot" ADD CONSTRAINT "ProgramSnapshot_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalReview" ADD CONSTRAINT "GoalReview_tenantId_goalId_fkey" FOREIGN KEY ("tenantId", "goalId") REFERENCES "Goal"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
