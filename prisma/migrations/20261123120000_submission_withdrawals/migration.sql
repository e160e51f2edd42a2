-- Withdrawing a junk or duplicate submission from the queue, and restoring it: every
-- withdrawal and restore is kept with who, when and why. The submission's own row only
-- changes its reviewStatus (to and from 'withdrawn'), so nothing of it is erased.
-- CreateTable
CREATE TABLE "submission_withdrawals" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "submissionId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "previousStatus" TEXT,
    "byId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "submission_withdrawals_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "submissions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "submission_withdrawals_byId_fkey" FOREIGN KEY ("byId") REFERENCES "staff_users" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "submission_withdrawals_submissionId_createdAt_idx" ON "submission_withdrawals"("submissionId", "createdAt");

-- Append-only, like the decisions and the audit log: a withdrawal or restore, once written,
-- is never changed or removed.
CREATE TRIGGER "submission_withdrawals_no_update" BEFORE UPDATE ON "submission_withdrawals"
BEGIN SELECT RAISE(ABORT, 'submission_withdrawals is append-only'); END;
CREATE TRIGGER "submission_withdrawals_no_delete" BEFORE DELETE ON "submission_withdrawals"
BEGIN SELECT RAISE(ABORT, 'submission_withdrawals is append-only'); END;
