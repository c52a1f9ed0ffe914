-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "publishedById" TEXT;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "isPublic" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "OpenSetting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "OpenSetting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "SsoRegistration" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approvedAt" TIMESTAMP(3),
    "userId" TEXT,

    CONSTRAINT "SsoRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SsoRegistration_email_key" ON "SsoRegistration"("email");

-- CreateIndex
CREATE INDEX "SsoRegistration_approvedAt_idx" ON "SsoRegistration"("approvedAt");

-- CreateIndex
CREATE INDEX "Agreement_publishedAt_idx" ON "Agreement"("publishedAt");
