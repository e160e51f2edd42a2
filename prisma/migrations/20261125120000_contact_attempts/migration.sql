-- Follow-up for the front desk: how and when a patient agreed to be contacted, the "To
-- contact" list (submissions.followUp) and every attempt to reach a patient, kept with who,
-- when and what came of it.
-- AlterTable
ALTER TABLE "submissions" ADD COLUMN "contactMethod" TEXT;
ALTER TABLE "submissions" ADD COLUMN "contactTimes" JSONB;
ALTER TABLE "submissions" ADD COLUMN "followUp" TEXT;

-- CreateTable
CREATE TABLE "contact_attempts" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "submissionId" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "note" TEXT,
    "byId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "contact_attempts_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "submissions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "contact_attempts_byId_fkey" FOREIGN KEY ("byId") REFERENCES "staff_users" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "contact_attempts_submissionId_createdAt_idx" ON "contact_attempts"("submissionId", "createdAt");

-- CreateIndex
CREATE INDEX "submissions_followUp_createdAt_id_idx" ON "submissions"("followUp", "createdAt", "id");


-- Eligible submissions, and those whose current (newest) decision approves them, have never
-- been followed up in the app: they start on the list. Withdrawn ones keep the mark but are
-- listed only if an admin restores them, exactly as a withdrawal made after this migration.
UPDATE "submissions" SET "followUp" = 'to_contact'
WHERE "outcome" = 'eligible'
   OR (SELECT "decision" FROM "decisions"
       WHERE "decisions"."submissionId" = "submissions"."id"
       ORDER BY "decisions"."createdAt" DESC, "decisions"."id" DESC LIMIT 1) = 'approved_for_consultation';

-- Append-only, like the decisions and the withdrawals: an attempt, once written, is never
-- changed or removed.
CREATE TRIGGER "contact_attempts_no_update" BEFORE UPDATE ON "contact_attempts"
BEGIN SELECT RAISE(ABORT, 'contact_attempts is append-only'); END;
CREATE TRIGGER "contact_attempts_no_delete" BEFORE DELETE ON "contact_attempts"
BEGIN SELECT RAISE(ABORT, 'contact_attempts is append-only'); END;
