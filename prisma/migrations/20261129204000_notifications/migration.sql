-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('ACTION_ITEM_ASSIGNED', 'ACTION_ITEM_SUBMITTED', 'ACTION_ITEM_RETURNED', 'ACTION_ITEM_ACCEPTED', 'ACTION_ITEM_COMMENTED', 'ACTION_ITEM_MENTIONED', 'ACTION_ITEM_DUE_SOON', 'ACTION_ITEM_OVERDUE', 'MEETING_SCHEDULED', 'MEETING_MOVED', 'MEETING_CANCELLED', 'MINUTES_RECORDED', 'MILESTONE_DUE_SOON', 'MILESTONE_OVERDUE', 'MILESTONE_STALE', 'PROGRESS_AT_RISK', 'AGREEMENT_STATUS_CHANGED', 'AGREEMENT_NOTICE_PERIOD', 'AGREEMENT_EXPIRING', 'AGREEMENT_EXPIRED', 'DIGEST_PORTFOLIO', 'DIGEST_WEEK_AHEAD');

-- CreateEnum
CREATE TYPE "NotificationDelivery" AS ENUM ('IMMEDIATE', 'DAILY', 'WEEKLY', 'INBOX_ONLY');

-- CreateEnum
CREATE TYPE "OutboundMailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED', 'NOT_CONFIGURED');

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    "mailedAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "delivery" "NotificationDelivery" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateTable
CREATE TABLE "OutboundMail" (
    "id" TEXT NOT NULL,
    "recipientId" TEXT,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "language" "Locale" NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "headers" JSONB NOT NULL,
    "attachments" JSONB NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "status" "OutboundMailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "messageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutboundMail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Notification_idempotencyKey_key" ON "Notification"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Notification_recipientId_createdAt_idx" ON "Notification"("recipientId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_recipientId_readAt_idx" ON "Notification"("recipientId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_recipientId_kind_createdAt_idx" ON "Notification"("recipientId", "kind", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_mailedAt_createdAt_idx" ON "Notification"("mailedAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_recordType_recordId_idx" ON "Notification"("recordType", "recordId");

-- CreateIndex
CREATE UNIQUE INDEX "OutboundMail_dedupeKey_key" ON "OutboundMail"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboundMail_status_nextAttemptAt_idx" ON "OutboundMail"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboundMail_recipientId_createdAt_idx" ON "OutboundMail"("recipientId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboundMail_createdAt_idx" ON "OutboundMail"("createdAt");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundMail" ADD CONSTRAINT "OutboundMail_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
