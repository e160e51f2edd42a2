import "server-only";
import type { Database } from "@/lib/server/db/client";

/**
 * The DELETE of the draft with `codeHash`, for the transaction that inserts the submission
 * `submissionId`: it deletes only if that submission is there (inserted just before, in the
 * same transaction), so an insert that stored nothing leaves the draft alone.
 */
export function deleteSubmittedDraftQuery(db: Database, codeHash: string, submissionId: string) {
  return db.$executeRaw`
    DELETE FROM "drafts" WHERE "codeHash" = ${codeHash}
    AND EXISTS (SELECT 1 FROM "submissions" WHERE "id" = ${submissionId})`;
}
