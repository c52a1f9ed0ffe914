-- CreateIndex
CREATE INDEX "ActionItemComment_createdAt_idx" ON "ActionItemComment"("createdAt");
