-- CreateEnum
CREATE TYPE "TextStanding" AS ENUM ('AUTHENTIC', 'TRANSLATION');

-- CreateEnum
CREATE TYPE "EntryIntoForceRule" AS ENUM ('ON_SIGNATURE', 'FIXED_DATE', 'LATER_NOTIFICATION', 'AFTER_LATER_NOTIFICATION');

-- CreateEnum
CREATE TYPE "PeriodUnit" AS ENUM ('DAYS', 'MONTHS');

-- CreateEnum
CREATE TYPE "DomesticStepKind" AS ENUM ('CABINET_APPROVAL', 'PARLIAMENTARY_APPROVAL', 'NOTIFICATION', 'OTHER');

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "entryIntoForceAfter" INTEGER,
ADD COLUMN     "entryIntoForceOn" DATE,
ADD COLUMN     "entryIntoForceRule" "EntryIntoForceRule",
ADD COLUMN     "entryIntoForceUnit" "PeriodUnit",
ADD COLUMN     "prevailingLanguage" "Locale";

-- AlterTable
ALTER TABLE "CooperationArea" ADD COLUMN     "textClauseNumber" TEXT;

-- CreateTable
CREATE TABLE "AgreementText" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "language" "Locale" NOT NULL,
    "standing" "TextStanding" NOT NULL,
    "documentId" TEXT,
    "malaysiaSignedOffAt" TIMESTAMP(3),
    "malaysiaSignedOffById" TEXT,
    "chinaSignedOffAt" TIMESTAMP(3),
    "chinaSignedOffById" TEXT,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "AgreementText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementClause" (
    "id" TEXT NOT NULL,
    "textId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "heading" TEXT,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "AgreementClause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DomesticStep" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "side" "Side" NOT NULL,
    "kind" "DomesticStepKind" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "note" TEXT,
    "documentId" TEXT,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "DomesticStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgreementText_documentId_idx" ON "AgreementText"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementText_agreementId_language_key" ON "AgreementText"("agreementId", "language");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementClause_textId_number_key" ON "AgreementClause"("textId", "number");

-- CreateIndex
CREATE INDEX "DomesticStep_agreementId_side_occurredOn_idx" ON "DomesticStep"("agreementId", "side", "occurredOn");

-- CreateIndex
CREATE INDEX "DomesticStep_documentId_idx" ON "DomesticStep"("documentId");

-- AddForeignKey
ALTER TABLE "AgreementText" ADD CONSTRAINT "AgreementText_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementText" ADD CONSTRAINT "AgreementText_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "AgreementDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementClause" ADD CONSTRAINT "AgreementClause_textId_fkey" FOREIGN KEY ("textId") REFERENCES "AgreementText"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DomesticStep" ADD CONSTRAINT "DomesticStep_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DomesticStep" ADD CONSTRAINT "DomesticStep_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "AgreementDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;
