-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'MANAGER', 'OFFICER', 'WG_MEMBER');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('en', 'ms', 'zh');

-- CreateEnum
CREATE TYPE "Side" AS ENUM ('MALAYSIA', 'CHINA');

-- CreateEnum
CREATE TYPE "OwnerSide" AS ENUM ('MALAYSIA', 'CHINA', 'JOINT');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('MINISTRY', 'AGENCY', 'CORPORATION', 'UNIVERSITY', 'OTHER');

-- CreateEnum
CREATE TYPE "AgreementType" AS ENUM ('MOU', 'LOI', 'MOA', 'AGREEMENT', 'PROTOCOL', 'EXCHANGE_OF_NOTES', 'OTHER');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('DRAFT', 'SIGNED', 'IN_FORCE', 'EXPIRED', 'TERMINATED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "AgreementRelationType" AS ENUM ('RENEWS', 'AMENDS', 'SUPERSEDES');

-- CreateEnum
CREATE TYPE "WorkingGroupRole" AS ENUM ('CO_CHAIR', 'MEMBER', 'SECRETARIAT');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('SCHEDULED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MilestoneStatus" AS ENUM ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ProgressStatus" AS ENUM ('ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'COMPLETED');

-- CreateEnum
CREATE TYPE "ActionItemStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'SUBMITTED', 'ACCEPTED', 'RETURNED', 'CLOSED', 'BLOCKED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Priority" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "organisationId" TEXT,
    "personId" TEXT,
    "locale" "Locale" NOT NULL DEFAULT 'en',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "calendarTokenHash" TEXT,
    "lastSignInAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameMs" TEXT,
    "nameZh" TEXT,
    "acronym" TEXT,
    "country" TEXT NOT NULL,
    "side" "Side" NOT NULL,
    "kind" "OrganisationKind" NOT NULL DEFAULT 'OTHER',
    "isRetired" BOOLEAN NOT NULL DEFAULT false,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "titleEn" TEXT,
    "titleMs" TEXT,
    "titleZh" TEXT,
    "organisationId" TEXT,
    "side" "Side",
    "email" TEXT,
    "isRetired" BOOLEAN NOT NULL DEFAULT false,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SigningEvent" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "placeEn" TEXT NOT NULL,
    "placeMs" TEXT,
    "placeZh" TEXT,
    "descriptionEn" TEXT,
    "descriptionMs" TEXT,
    "descriptionZh" TEXT,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "SigningEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SigningWitness" (
    "id" TEXT NOT NULL,
    "signingEventId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SigningWitness_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "type" "AgreementType" NOT NULL,
    "status" "AgreementStatus" NOT NULL DEFAULT 'DRAFT',
    "titleEn" TEXT NOT NULL,
    "titleMs" TEXT,
    "titleZh" TEXT,
    "summaryEn" TEXT,
    "summaryMs" TEXT,
    "summaryZh" TEXT,
    "signingEventId" TEXT,
    "signedOn" DATE,
    "effectiveOn" DATE,
    "expiresOn" DATE,
    "durationMonths" INTEGER,
    "autoRenewMonths" INTEGER,
    "noticeDays" INTEGER,
    "archivedAt" TIMESTAMP(3),
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "side" "Side" NOT NULL,
    "order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AgreementParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Signatory" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "side" "Side" NOT NULL,
    "titleEn" TEXT,
    "titleMs" TEXT,
    "titleZh" TEXT,
    "order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Signatory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementStatusChange" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "fromStatus" "AgreementStatus",
    "toStatus" "AgreementStatus" NOT NULL,
    "reason" TEXT,
    "changedById" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementRelation" (
    "id" TEXT NOT NULL,
    "fromAgreementId" TEXT NOT NULL,
    "toAgreementId" TEXT NOT NULL,
    "type" "AgreementRelationType" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementDocument" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "fileId" TEXT,
    "url" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "AgreementDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationArea" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "clauseRef" TEXT,
    "titleEn" TEXT NOT NULL,
    "titleMs" TEXT,
    "titleZh" TEXT,
    "clauseTextEn" TEXT,
    "clauseTextMs" TEXT,
    "clauseTextZh" TEXT,
    "isRetired" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "CooperationArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkingGroup" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameMs" TEXT,
    "nameZh" TEXT,
    "termsOfReferenceEn" TEXT,
    "termsOfReferenceMs" TEXT,
    "termsOfReferenceZh" TEXT,
    "establishedOn" DATE,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "WorkingGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkingGroupMember" (
    "id" TEXT NOT NULL,
    "workingGroupId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "side" "Side" NOT NULL,
    "role" "WorkingGroupRole" NOT NULL DEFAULT 'MEMBER',
    "counterpartId" TEXT,
    "startsOn" DATE,
    "endsOn" DATE,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "WorkingGroupMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "workingGroupId" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleMs" TEXT,
    "titleZh" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "timeZone" TEXT NOT NULL,
    "venue" TEXT,
    "onlineUrl" TEXT,
    "status" "MeetingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "minutesSummary" TEXT,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "presenterId" TEXT,
    "minutes" TEXT,
    "carriedActionItemId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "attended" BOOLEAN NOT NULL,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "agendaItemId" TEXT,
    "order" INTEGER NOT NULL DEFAULT 0,
    "textEn" TEXT NOT NULL,
    "textMs" TEXT,
    "textZh" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" TEXT NOT NULL,
    "workingGroupId" TEXT NOT NULL,
    "meetingId" TEXT,
    "decisionId" TEXT,
    "titleEn" TEXT NOT NULL,
    "titleMs" TEXT,
    "titleZh" TEXT,
    "descriptionEn" TEXT,
    "descriptionMs" TEXT,
    "descriptionZh" TEXT,
    "ownerSide" "OwnerSide" NOT NULL,
    "malaysiaOwnerId" TEXT,
    "chinaOwnerId" TEXT,
    "dueOn" DATE NOT NULL,
    "status" "ActionItemStatus" NOT NULL DEFAULT 'OPEN',
    "priority" "Priority" NOT NULL DEFAULT 'MEDIUM',
    "cooperationAreaId" TEXT,
    "milestoneId" TEXT,
    "statusReason" TEXT,
    "submittedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "closedAt" TIMESTAMP(3),
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionItemComment" (
    "id" TEXT NOT NULL,
    "actionItemId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionItemComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "cooperationAreaId" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleMs" TEXT,
    "titleZh" TEXT,
    "descriptionEn" TEXT,
    "descriptionMs" TEXT,
    "descriptionZh" TEXT,
    "ownerOrganisationId" TEXT NOT NULL,
    "ownerSide" "OwnerSide" NOT NULL,
    "responsibleUserId" TEXT,
    "startOn" DATE NOT NULL,
    "targetOn" DATE NOT NULL,
    "weight" INTEGER NOT NULL DEFAULT 1,
    "indicatorUnit" TEXT,
    "indicatorBaseline" DECIMAL(14,2),
    "indicatorTarget" DECIMAL(14,2),
    "order" INTEGER NOT NULL DEFAULT 0,
    "status" "MilestoneStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "percentComplete" INTEGER NOT NULL DEFAULT 0,
    "lastUpdateOn" DATE,
    "completedOn" DATE,
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" TEXT,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressUpdate" (
    "id" TEXT NOT NULL,
    "milestoneId" TEXT NOT NULL,
    "reportedOn" DATE NOT NULL,
    "percentComplete" INTEGER NOT NULL,
    "indicatorActual" DECIMAL(14,2),
    "status" "ProgressStatus" NOT NULL,
    "narrative" TEXT NOT NULL,
    "blockers" TEXT,
    "correctsUpdateId" TEXT,
    "authorId" TEXT,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "progressUpdateId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "fileId" TEXT,
    "url" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_personId_key" ON "User"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "User_calendarTokenHash_key" ON "User"("calendarTokenHash");

-- CreateIndex
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "SignInAttempt_key_createdAt_idx" ON "SignInAttempt"("key", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "Organisation_side_idx" ON "Organisation"("side");

-- CreateIndex
CREATE INDEX "Organisation_country_idx" ON "Organisation"("country");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_nameEn_key" ON "Organisation"("nameEn");

-- CreateIndex
CREATE INDEX "Person_organisationId_idx" ON "Person"("organisationId");

-- CreateIndex
CREATE INDEX "Person_side_idx" ON "Person"("side");

-- CreateIndex
CREATE INDEX "SigningEvent_date_idx" ON "SigningEvent"("date");

-- CreateIndex
CREATE INDEX "SigningWitness_personId_idx" ON "SigningWitness"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "SigningWitness_signingEventId_personId_key" ON "SigningWitness"("signingEventId", "personId");

-- CreateIndex
CREATE INDEX "Agreement_signingEventId_idx" ON "Agreement"("signingEventId");

-- CreateIndex
CREATE INDEX "Agreement_type_idx" ON "Agreement"("type");

-- CreateIndex
CREATE INDEX "Agreement_status_idx" ON "Agreement"("status");

-- CreateIndex
CREATE INDEX "Agreement_signedOn_idx" ON "Agreement"("signedOn");

-- CreateIndex
CREATE INDEX "Agreement_expiresOn_idx" ON "Agreement"("expiresOn");

-- CreateIndex
CREATE INDEX "Agreement_archivedAt_idx" ON "Agreement"("archivedAt");

-- CreateIndex
CREATE INDEX "AgreementParty_organisationId_idx" ON "AgreementParty"("organisationId");

-- CreateIndex
CREATE INDEX "AgreementParty_side_idx" ON "AgreementParty"("side");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementParty_agreementId_organisationId_key" ON "AgreementParty"("agreementId", "organisationId");

-- CreateIndex
CREATE INDEX "Signatory_personId_idx" ON "Signatory"("personId");

-- CreateIndex
CREATE INDEX "Signatory_organisationId_idx" ON "Signatory"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Signatory_agreementId_personId_key" ON "Signatory"("agreementId", "personId");

-- CreateIndex
CREATE INDEX "AgreementStatusChange_agreementId_changedAt_idx" ON "AgreementStatusChange"("agreementId", "changedAt");

-- CreateIndex
CREATE INDEX "AgreementStatusChange_changedById_idx" ON "AgreementStatusChange"("changedById");

-- CreateIndex
CREATE INDEX "AgreementRelation_toAgreementId_idx" ON "AgreementRelation"("toAgreementId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementRelation_fromAgreementId_toAgreementId_type_key" ON "AgreementRelation"("fromAgreementId", "toAgreementId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE INDEX "StoredFile_uploadedById_idx" ON "StoredFile"("uploadedById");

-- CreateIndex
CREATE INDEX "AgreementDocument_agreementId_idx" ON "AgreementDocument"("agreementId");

-- CreateIndex
CREATE INDEX "AgreementDocument_fileId_idx" ON "AgreementDocument"("fileId");

-- CreateIndex
CREATE INDEX "CooperationArea_agreementId_number_idx" ON "CooperationArea"("agreementId", "number");

-- CreateIndex
CREATE INDEX "WorkingGroup_agreementId_idx" ON "WorkingGroup"("agreementId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkingGroupMember_counterpartId_key" ON "WorkingGroupMember"("counterpartId");

-- CreateIndex
CREATE INDEX "WorkingGroupMember_personId_idx" ON "WorkingGroupMember"("personId");

-- CreateIndex
CREATE INDEX "WorkingGroupMember_organisationId_idx" ON "WorkingGroupMember"("organisationId");

-- CreateIndex
CREATE INDEX "WorkingGroupMember_side_idx" ON "WorkingGroupMember"("side");

-- CreateIndex
CREATE UNIQUE INDEX "WorkingGroupMember_workingGroupId_personId_key" ON "WorkingGroupMember"("workingGroupId", "personId");

-- CreateIndex
CREATE INDEX "Meeting_workingGroupId_startsAt_idx" ON "Meeting"("workingGroupId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_startsAt_idx" ON "Meeting"("startsAt");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_order_idx" ON "AgendaItem"("meetingId", "order");

-- CreateIndex
CREATE INDEX "AgendaItem_presenterId_idx" ON "AgendaItem"("presenterId");

-- CreateIndex
CREATE INDEX "AgendaItem_carriedActionItemId_idx" ON "AgendaItem"("carriedActionItemId");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_meetingId_carriedActionItemId_key" ON "AgendaItem"("meetingId", "carriedActionItemId");

-- CreateIndex
CREATE INDEX "MeetingAttendance_personId_idx" ON "MeetingAttendance"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingAttendance_meetingId_personId_key" ON "MeetingAttendance"("meetingId", "personId");

-- CreateIndex
CREATE INDEX "Decision_meetingId_idx" ON "Decision"("meetingId");

-- CreateIndex
CREATE INDEX "Decision_agendaItemId_idx" ON "Decision"("agendaItemId");

-- CreateIndex
CREATE INDEX "ActionItem_workingGroupId_status_dueOn_idx" ON "ActionItem"("workingGroupId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "ActionItem_meetingId_idx" ON "ActionItem"("meetingId");

-- CreateIndex
CREATE INDEX "ActionItem_decisionId_idx" ON "ActionItem"("decisionId");

-- CreateIndex
CREATE INDEX "ActionItem_malaysiaOwnerId_idx" ON "ActionItem"("malaysiaOwnerId");

-- CreateIndex
CREATE INDEX "ActionItem_chinaOwnerId_idx" ON "ActionItem"("chinaOwnerId");

-- CreateIndex
CREATE INDEX "ActionItem_cooperationAreaId_idx" ON "ActionItem"("cooperationAreaId");

-- CreateIndex
CREATE INDEX "ActionItem_milestoneId_idx" ON "ActionItem"("milestoneId");

-- CreateIndex
CREATE INDEX "ActionItem_ownerSide_status_idx" ON "ActionItem"("ownerSide", "status");

-- CreateIndex
CREATE INDEX "ActionItem_status_dueOn_idx" ON "ActionItem"("status", "dueOn");

-- CreateIndex
CREATE INDEX "ActionItem_dueOn_idx" ON "ActionItem"("dueOn");

-- CreateIndex
CREATE INDEX "ActionItemComment_actionItemId_createdAt_idx" ON "ActionItemComment"("actionItemId", "createdAt");

-- CreateIndex
CREATE INDEX "ActionItemComment_authorId_idx" ON "ActionItemComment"("authorId");

-- CreateIndex
CREATE INDEX "Milestone_agreementId_status_idx" ON "Milestone"("agreementId", "status");

-- CreateIndex
CREATE INDEX "Milestone_cooperationAreaId_order_idx" ON "Milestone"("cooperationAreaId", "order");

-- CreateIndex
CREATE INDEX "Milestone_ownerOrganisationId_targetOn_idx" ON "Milestone"("ownerOrganisationId", "targetOn");

-- CreateIndex
CREATE INDEX "Milestone_ownerSide_status_idx" ON "Milestone"("ownerSide", "status");

-- CreateIndex
CREATE INDEX "Milestone_responsibleUserId_idx" ON "Milestone"("responsibleUserId");

-- CreateIndex
CREATE INDEX "Milestone_status_targetOn_idx" ON "Milestone"("status", "targetOn");

-- CreateIndex
CREATE INDEX "Milestone_targetOn_idx" ON "Milestone"("targetOn");

-- CreateIndex
CREATE INDEX "Milestone_lastUpdateOn_idx" ON "Milestone"("lastUpdateOn");

-- CreateIndex
CREATE INDEX "ProgressUpdate_milestoneId_reportedOn_createdAt_idx" ON "ProgressUpdate"("milestoneId", "reportedOn", "createdAt");

-- CreateIndex
CREATE INDEX "ProgressUpdate_reportedOn_idx" ON "ProgressUpdate"("reportedOn");

-- CreateIndex
CREATE INDEX "ProgressUpdate_authorId_idx" ON "ProgressUpdate"("authorId");

-- CreateIndex
CREATE INDEX "ProgressUpdate_correctsUpdateId_idx" ON "ProgressUpdate"("correctsUpdateId");

-- CreateIndex
CREATE INDEX "Evidence_progressUpdateId_idx" ON "Evidence"("progressUpdateId");

-- CreateIndex
CREATE INDEX "Evidence_fileId_idx" ON "Evidence"("fileId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SigningWitness" ADD CONSTRAINT "SigningWitness_signingEventId_fkey" FOREIGN KEY ("signingEventId") REFERENCES "SigningEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SigningWitness" ADD CONSTRAINT "SigningWitness_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_signingEventId_fkey" FOREIGN KEY ("signingEventId") REFERENCES "SigningEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signatory" ADD CONSTRAINT "Signatory_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signatory" ADD CONSTRAINT "Signatory_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signatory" ADD CONSTRAINT "Signatory_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementStatusChange" ADD CONSTRAINT "AgreementStatusChange_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementStatusChange" ADD CONSTRAINT "AgreementStatusChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementRelation" ADD CONSTRAINT "AgreementRelation_fromAgreementId_fkey" FOREIGN KEY ("fromAgreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementRelation" ADD CONSTRAINT "AgreementRelation_toAgreementId_fkey" FOREIGN KEY ("toAgreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDocument" ADD CONSTRAINT "AgreementDocument_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDocument" ADD CONSTRAINT "AgreementDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperationArea" ADD CONSTRAINT "CooperationArea_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroup" ADD CONSTRAINT "WorkingGroup_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroupMember" ADD CONSTRAINT "WorkingGroupMember_workingGroupId_fkey" FOREIGN KEY ("workingGroupId") REFERENCES "WorkingGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroupMember" ADD CONSTRAINT "WorkingGroupMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroupMember" ADD CONSTRAINT "WorkingGroupMember_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingGroupMember" ADD CONSTRAINT "WorkingGroupMember_counterpartId_fkey" FOREIGN KEY ("counterpartId") REFERENCES "WorkingGroupMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_workingGroupId_fkey" FOREIGN KEY ("workingGroupId") REFERENCES "WorkingGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_presenterId_fkey" FOREIGN KEY ("presenterId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_carriedActionItemId_fkey" FOREIGN KEY ("carriedActionItemId") REFERENCES "ActionItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_workingGroupId_fkey" FOREIGN KEY ("workingGroupId") REFERENCES "WorkingGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_malaysiaOwnerId_fkey" FOREIGN KEY ("malaysiaOwnerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_chinaOwnerId_fkey" FOREIGN KEY ("chinaOwnerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_cooperationAreaId_fkey" FOREIGN KEY ("cooperationAreaId") REFERENCES "CooperationArea"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItemComment" ADD CONSTRAINT "ActionItemComment_actionItemId_fkey" FOREIGN KEY ("actionItemId") REFERENCES "ActionItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItemComment" ADD CONSTRAINT "ActionItemComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_cooperationAreaId_fkey" FOREIGN KEY ("cooperationAreaId") REFERENCES "CooperationArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_responsibleUserId_fkey" FOREIGN KEY ("responsibleUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_correctsUpdateId_fkey" FOREIGN KEY ("correctsUpdateId") REFERENCES "ProgressUpdate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_progressUpdateId_fkey" FOREIGN KEY ("progressUpdateId") REFERENCES "ProgressUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;
