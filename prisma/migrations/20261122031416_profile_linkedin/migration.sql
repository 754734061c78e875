-- AlterTable
ALTER TABLE "AlumniProfile" ADD COLUMN     "linkedinUrl" TEXT;
