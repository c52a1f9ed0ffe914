-- CreateEnum
CREATE TYPE "SignatoryAct" AS ENUM ('SIGNED', 'EXCHANGED');

-- CreateEnum
CREATE TYPE "FactStanding" AS ENUM ('STATED', 'INFERRED');

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "nameZh" TEXT;

-- AlterTable
ALTER TABLE "Signatory" ADD COLUMN     "act" "SignatoryAct" NOT NULL DEFAULT 'SIGNED';

-- AlterTable
ALTER TABLE "SigningEvent" ALTER COLUMN "placeEn" DROP NOT NULL;

-- CreateTable
CREATE TABLE "FactSource" (
    "id" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "standing" "FactStanding" NOT NULL,
    "value" TEXT,
    "source" TEXT NOT NULL,
    "sourceSentence" TEXT NOT NULL,
    "reasoningEn" TEXT,
    "reasoningMs" TEXT,
    "reasoningZh" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FactSource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FactSource_entityType_entityId_field_key" ON "FactSource"("entityType", "entityId", "field");
