-- Indexes that serve each view of the queue in its own order, and search by the start of
-- a first or last name (trigram indexes serve LIKE 'q%'); a reference is found whole, by its
-- unique index.
DROP INDEX "submissions_createdAt_idx";
DROP INDEX "submissions_emailSearch_idx";
DROP INDEX "submissions_nameSearch_idx";
DROP INDEX "submissions_outcome_createdAt_idx";
DROP INDEX "submissions_reference_trgm_idx";
DROP INDEX "submissions_reviewStatus_outcome_createdAt_idx";

ALTER TABLE "submissions" ADD COLUMN "surnameSearch" TEXT;
UPDATE "submissions" SET "surnameSearch" = lower("lastName" || ' ' || "firstName");
ALTER TABLE "submissions" ALTER COLUMN "surnameSearch" SET NOT NULL;

CREATE INDEX "submissions_reviewStatus_createdAt_id_idx" ON "submissions"("reviewStatus", "createdAt", "id");
CREATE INDEX "submissions_outcome_reviewStatus_createdAt_id_idx" ON "submissions"("outcome", "reviewStatus", "createdAt", "id");
CREATE INDEX "submissions_outcome_createdAt_id_idx" ON "submissions"("outcome", "createdAt", "id");
CREATE INDEX "submissions_createdAt_id_idx" ON "submissions"("createdAt", "id");
CREATE INDEX "submissions_surnameSearch_trgm_idx" ON "submissions" USING GIN ("surnameSearch" gin_trgm_ops);
