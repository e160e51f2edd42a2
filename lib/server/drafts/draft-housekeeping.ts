import "server-only";
import type { Database } from "@/lib/server/db/client";
import { describeError, log } from "@/lib/server/log";
import { deleteExpiredDrafts } from "./delete-expired-drafts";

const HOUR_MS = 60 * 60 * 1000;

let timer: ReturnType<typeof setInterval> | undefined;

/**
 * Deletes expired drafts now and then every hour, in this process (instrumentation.ts starts
 * it once the database is ready). Saves delete expired drafts too; this catches the ones
 * nobody saves after. The timer is `unref()`ed, so it never keeps a process alive, and a
 * failed sweep is logged (its error's class only) and tried again at the next. Started once
 * per process; the function returned stops it.
 */
export function startDraftHousekeeping(db: Database, intervalMs = HOUR_MS): () => void {
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
  };
  if (timer !== undefined) return stop;
  const sweep = async () => {
    try {
      const deleted = await deleteExpiredDrafts(db, new Date());
      if (deleted > 0) log.info({ deleted }, "deleted expired drafts");
    } catch (error) {
      log.warn(describeError(error), "could not delete expired drafts");
    }
  };
  void sweep();
  timer = setInterval(() => void sweep(), intervalMs);
  timer.unref();
  return stop;
}
