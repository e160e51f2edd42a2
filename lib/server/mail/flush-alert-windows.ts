import "server-only";
import type { MailSettings } from "@/lib/server/config";
import type { Database } from "@/lib/server/db/client";
import { enqueueAlertForWindowQuery } from "./enqueue";
import { reviewAlertEmail } from "./templates";

export interface FlushInput {
  readonly settings: Pick<MailSettings, "alertIntervalMinutes" | "appUrl">;
  readonly clinicName: string;
  readonly now: Date;
}

/**
 * Sends the digest of every recipient whose interval since the last alert is over and who
 * has references collected meanwhile: one outbox row listing them, and a new interval from
 * `now`. Each recipient's row is taken only if it still holds the references read (a
 * compare-and-set): a submission that arrived in between, or another app server flushing
 * the same row, makes it wait for the next round. The number of alerts written.
 */
export async function flushAlertWindows(db: Database, { settings, clinicName, now }: FlushInput): Promise<number> {
  const windowStart = new Date(now.getTime() - settings.alertIntervalMinutes * 60_000);
  const due = await db.mailAlertWindow.findMany({
    where: { lastAlertAt: { lte: windowStart }, pendingReferences: { not: "" } },
    select: { recipient: true, pendingReferences: true },
  });
  let written = 0;
  for (const { recipient, pendingReferences } of due) {
    const token = crypto.randomUUID();
    const references = pendingReferences.trim().split(/\s+/);
    const [taken] = await db.$transaction([
      db.mailAlertWindow.updateMany({
        where: { recipient, pendingReferences, lastAlertAt: { lte: windowStart } },
        data: { pendingReferences: "", lastAlertAt: now, openedBy: token },
      }),
      enqueueAlertForWindowQuery(db, recipient, token, reviewAlertEmail(references, clinicName, settings.appUrl)),
    ]);
    written += taken.count;
  }
  return written;
}

/** Deletes the windows of recipients with nothing collected whose last alert is a day old: no row is the same as a closed, empty window. */
export function deleteIdleAlertWindows(db: Database, now: Date) {
  return db.mailAlertWindow.deleteMany({ where: { pendingReferences: "", lastAlertAt: { lte: new Date(now.getTime() - 24 * 60 * 60_000) } } });
}
