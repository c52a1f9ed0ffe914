-- How a session began ("sso": at the identity provider, whose session then ends with it; lib/auth/sso/logout.ts).
-- AlterTable
ALTER TABLE "UserSession" ADD COLUMN     "method" TEXT;
