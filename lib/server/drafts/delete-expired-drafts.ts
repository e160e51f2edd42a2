import "server-only";
import type { Database } from "@/lib/server/db/client";

/**
 * Deletes every draft whose time is up, in one statement (the `expiresAt` index finds them).
 * Each save does it, and so does the hourly sweep (draft-housekeeping.ts), so an expired
 * draft outlives its expiry by an hour at most. The number deleted.
 */
export async function deleteExpiredDrafts(db: Database, now: Date): Promise<number> {
  const { count } = await db.draft.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
