-- Withdrawing a junk or duplicate submission from the queue, and restoring it: every
-- withdrawal and restore is kept with who, when and why. The submission's own row only
-- changes its reviewStatus (to and from 'withdrawn'), so nothing of it is erased.
-- CreateTable
CREATE TABLE "submission_withdrawals" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "previousStatus" TEXT,
    "byId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "submission_withdrawals_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "submission_withdrawals_submissionId_createdAt_idx" ON "submission_withdrawals"("submissionId", "createdAt");

-- AddForeignKey
ALTER TABLE "submission_withdrawals" ADD CONSTRAINT "submission_withdrawals_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "submissions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission_withdrawals" ADD CONSTRAINT "submission_withdrawals_byId_fkey" FOREIGN KEY ("byId") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Append-only, like the decisions and the audit log (refuse_append_only_change comes from
-- the first migration): a withdrawal or restore, once written, is never changed or removed.
CREATE TRIGGER "submission_withdrawals_append_only" BEFORE UPDATE OR DELETE ON "submission_withdrawals"
FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();
CREATE TRIGGER "submission_withdrawals_no_truncate" BEFORE TRUNCATE ON "submission_withdrawals"
FOR EACH STATEMENT EXECUTE FUNCTION "refuse_append_only_change"();
