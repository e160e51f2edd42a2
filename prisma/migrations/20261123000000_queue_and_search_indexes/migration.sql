-- Indexes that serve each view of the queue in its own order, and search by the start of
-- a first or last name. SQLite adds a column by rebuilding the table.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_submissions" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "questionnaireVersion" INTEGER NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "nameSearch" TEXT NOT NULL,
    "surnameSearch" TEXT NOT NULL,
    "dateOfBirth" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailSearch" TEXT NOT NULL,
    "phone" TEXT,
    "answers" JSONB NOT NULL,
    "outcome" TEXT NOT NULL,
    "reasons" JSONB NOT NULL,
    "policyVersion" TEXT NOT NULL,
    "reviewStatus" TEXT NOT NULL DEFAULT 'new',
    "consentStoreAndReview" BOOLEAN NOT NULL,
    "consentAccurate" BOOLEAN NOT NULL,
    "signature" TEXT NOT NULL,
    "consentedAt" DATETIME NOT NULL,
    "idempotencyKey" TEXT,
    "requestHash" TEXT NOT NULL
);
-- "last first", lower-cased as the app writes it (SQLite's lower() folds ASCII letters only;
-- names with capital non-ASCII letters are found by their first name until resubmitted).
INSERT INTO "new_submissions" ("answers", "consentAccurate", "consentStoreAndReview", "consentedAt", "createdAt", "dateOfBirth", "email", "emailSearch", "firstName", "id", "idempotencyKey", "lastName", "nameSearch", "surnameSearch", "outcome", "phone", "policyVersion", "questionnaireVersion", "reasons", "reference", "requestHash", "reviewStatus", "signature") SELECT "answers", "consentAccurate", "consentStoreAndReview", "consentedAt", "createdAt", "dateOfBirth", "email", "emailSearch", "firstName", "id", "idempotencyKey", "lastName", "nameSearch", lower("lastName" || ' ' || "firstName"), "outcome", "phone", "policyVersion", "questionnaireVersion", "reasons", "reference", "requestHash", "reviewStatus", "signature" FROM "submissions";
DROP TABLE "submissions";
ALTER TABLE "new_submissions" RENAME TO "submissions";
CREATE UNIQUE INDEX "submissions_reference_key" ON "submissions"("reference");
CREATE UNIQUE INDEX "submissions_idempotencyKey_key" ON "submissions"("idempotencyKey");
CREATE INDEX "submissions_reviewStatus_createdAt_id_idx" ON "submissions"("reviewStatus", "createdAt", "id");
CREATE INDEX "submissions_outcome_reviewStatus_createdAt_id_idx" ON "submissions"("outcome", "reviewStatus", "createdAt", "id");
CREATE INDEX "submissions_outcome_createdAt_id_idx" ON "submissions"("outcome", "createdAt", "id");
CREATE INDEX "submissions_createdAt_id_idx" ON "submissions"("createdAt", "id");
CREATE INDEX "submissions_nameSearch_idx" ON "submissions"("nameSearch");
CREATE INDEX "submissions_surnameSearch_idx" ON "submissions"("surnameSearch");
CREATE INDEX "submissions_emailSearch_idx" ON "submissions"("emailSearch");
CREATE INDEX "submissions_dateOfBirth_idx" ON "submissions"("dateOfBirth");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

