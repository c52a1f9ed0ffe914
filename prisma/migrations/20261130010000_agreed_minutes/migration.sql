-- CreateEnum
CREATE TYPE "MinutesResponseKind" AS ENUM ('APPROVED', 'CHANGES_REQUESTED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'MINUTES_CIRCULATED';
ALTER TYPE "NotificationKind" ADD VALUE 'MINUTES_CHANGES_REQUESTED';
ALTER TYPE "NotificationKind" ADD VALUE 'MINUTES_AGREED';

-- AlterTable
ALTER TABLE "WorkingGroup" ADD COLUMN     "minutesApproverChinaId" TEXT,
ADD COLUMN     "minutesApproverMalaysiaId" TEXT;

-- CreateTable
CREATE TABLE "MinutesRevision" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "circulatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "circulatedById" TEXT,
    "agreedAt" TIMESTAMP(3),
    "supersededAt" TIMESTAMP(3),
    "supersededById" TEXT,
    "isExample" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "MinutesRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MinutesResponse" (
    "id" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "side" "Side" NOT NULL,
    "kind" "MinutesResponseKind" NOT NULL,
    "comment" TEXT,
    "personId" TEXT NOT NULL,
    "userId" TEXT,
    "approverName" TEXT NOT NULL,
    "approverNameZh" TEXT,
    "approverTitleEn" TEXT,
    "approverTitleMs" TEXT,
    "approverTitleZh" TEXT,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MinutesResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MinutesRevision_meetingId_number_key" ON "MinutesRevision"("meetingId", "number");

-- CreateIndex
CREATE INDEX "MinutesResponse_revisionId_side_createdAt_idx" ON "MinutesResponse"("revisionId", "side", "createdAt");

-- CreateIndex
CREATE INDEX "WorkingGroup_minutesApproverMalaysiaId_idx" ON "WorkingGroup"("minutesApproverMalaysiaId");

-- CreateIndex
CREATE INDEX "WorkingGroup_minutesApproverChinaId_idx" ON "WorkingGroup"("minutesApproverChinaId");

-- AddForeignKey
ALTER TABLE "WorkingGroup" ADD CONSTRAINT "WorkingGroup_minutesApproverMalaysiaId_fkey" FOREIGN KEY ("minutesApproverMalaysiaId") REFERENCES "WorkingGroupMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroup" ADD CONSTRAINT "WorkingGroup_minutesApproverChinaId_fkey" FOREIGN KEY ("minutesApproverChinaId") REFERENCES "WorkingGroupMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesRevision" ADD CONSTRAINT "MinutesRevision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesResponse" ADD CONSTRAINT "MinutesResponse_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "MinutesRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A side's answer to circulated minutes is the record of what that side said: once written it is
-- never changed or removed (a side answers again instead; its latest answer counts). Only deleting
-- the revision it answers (with its meeting) removes it. Written by hand, like the progress
-- history's triggers (Prisma schema language cannot express triggers; the drift check ignores them).
CREATE OR REPLACE FUNCTION minutes_response_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM "MinutesRevision" WHERE "id" = OLD."revisionId") THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'MinutesResponse rows are append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "MinutesResponse_append_only"
  BEFORE UPDATE OR DELETE ON "MinutesResponse"
  FOR EACH ROW EXECUTE FUNCTION minutes_response_is_append_only();

CREATE TRIGGER "MinutesResponse_no_truncate"
  BEFORE TRUNCATE ON "MinutesResponse"
  FOR EACH STATEMENT EXECUTE FUNCTION minutes_response_is_append_only();
