-- Search by the start of a name or an email from B-trees that compare character by
-- character (text_pattern_ops): LIKE 'q%' reads one range of each, where the trigram
-- indexes they replace matched every trigram of the text and rechecked the rows, and cost
-- more on every insert. pg_trgm stays installed; nothing else uses it.
DROP INDEX "submissions_nameSearch_trgm_idx";
DROP INDEX "submissions_surnameSearch_trgm_idx";
DROP INDEX "submissions_emailSearch_trgm_idx";

CREATE INDEX "submissions_nameSearch_prefix_idx" ON "submissions"("nameSearch" text_pattern_ops);
CREATE INDEX "submissions_surnameSearch_prefix_idx" ON "submissions"("surnameSearch" text_pattern_ops);
CREATE INDEX "submissions_emailSearch_prefix_idx" ON "submissions"("emailSearch" text_pattern_ops);
