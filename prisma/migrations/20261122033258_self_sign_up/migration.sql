-- CreateEnum
CREATE TYPE "RegistrationRule" AS ENUM ('INVITE_ONLY', 'ROSTER_MATCH', 'APPROVAL');

-- AlterEnum
ALTER TYPE "MembershipStatus" ADD VALUE 'REJECTED';

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "applicationNote" TEXT,
ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decisionNote" TEXT;

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "registrationRule" "RegistrationRule" NOT NULL DEFAULT 'ROSTER_MATCH';
