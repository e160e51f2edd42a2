-- "More information needed" no longer counts as decided: a submission whose latest decision
-- asks for more information waits under its own review status, awaiting_information, until a
-- later decision moves it on. reviewStatus is a plain string, so no column changes; only the
-- submissions already waiting move. The latest decision is the newest row (ties by id), as
-- the app reads it.
UPDATE "submissions" SET "reviewStatus" = 'awaiting_information'
WHERE "reviewStatus" = 'decided'
  AND (
    SELECT "decision" FROM "decisions"
    WHERE "decisions"."submissionId" = "submissions"."id"
    ORDER BY "createdAt" DESC, "id" DESC
    LIMIT 1
  ) = 'more_information_needed';
