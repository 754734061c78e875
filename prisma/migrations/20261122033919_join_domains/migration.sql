-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "joinDomains" TEXT[] DEFAULT ARRAY[]::TEXT[];
