-- 20261125120000_contact_attempts put every eligible submission on the "To contact" list,
-- even one whose current decision is not an approval: a patient the app itself keeps off it
-- (lib/server/follow-up/follow-up-state.ts), whom the front desk must not call to book.
-- They come off again. A patient already reached (booked, declined) stays so, and one with
-- no decision, or approved, stays on the list.
UPDATE "submissions" SET "followUp" = NULL
WHERE "followUp" = 'to_contact'
  AND (SELECT "decision" FROM "decisions"
       WHERE "decisions"."submissionId" = "submissions"."id"
       ORDER BY "decisions"."createdAt" DESC, "decisions"."id" DESC LIMIT 1) <> 'approved_for_consultation';
