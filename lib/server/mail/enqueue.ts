import "server-only";
import type { Database } from "@/lib/server/db/client";
import type { MailContent } from "./templates";

export type MailKind = "review_alert" | "patient_copy";

// These statements go into the array transaction that inserts the submission (SQLite's
// client must not hold an interactive transaction open: shared/notes/toolchain.md), so none
// can read what an earlier one did. Each is conditional in SQL instead: it writes only if
// the submission is there, inserted just before in the same transaction, so an insert that
// stored nothing (a retried idempotency key, a taken reference) sends nothing either. Times
// come from the submission's own `createdAt`, which spares typing parameters per database.

/**
 * Writes an email about the submission `submissionId` to the outbox, due at once, if that
 * submission is stored. For `$transaction([...])`.
 */
export function enqueueForSubmissionQuery(db: Database, submissionId: string, kind: MailKind, recipient: string, mail: MailContent) {
  return db.$executeRaw`
    INSERT INTO "outbox_messages" ("id", "kind", "recipient", "subject", "text", "html", "nextAttemptAt", "createdAt")
    SELECT ${crypto.randomUUID()}, ${kind}, ${recipient}, ${mail.subject}, ${mail.text}, ${mail.html}, s."createdAt", s."createdAt"
    FROM "submissions" s WHERE s."id" = ${submissionId}`;
}

export interface AlertArrival {
  readonly submissionId: string;
  readonly reference: string;
  readonly recipient: string;
  /** The submission's time: the recipient's window is open if their last alert was after `now - interval`. */
  readonly now: Date;
  readonly intervalMinutes: number;
  /** The alert to send if the window is closed: this submission's reference alone. */
  readonly alert: MailContent;
}

/**
 * A `needs_review` submission for one recipient of review alerts, as two statements for the
 * submission's transaction. The first decides in one upsert, on the recipient's window row
 * as it is when written (PostgreSQL re-reads a row locked by a concurrent writer; SQLite has
 * one writer at a time): with no alert in the interval and nothing collected, it records an
 * alert now under a fresh token; otherwise it adds the reference to those collected for the
 * next alert (`flushAlertWindows` sends it when the interval is over). The second writes the
 * alert only if the window row carries this call's token, that is, if the first chose "now".
 * Two app servers cannot both send an alert for one window.
 */
export function enqueueReviewAlertQueries(db: Database, arrival: AlertArrival) {
  const token = crypto.randomUUID();
  const windowStart = new Date(arrival.now.getTime() - arrival.intervalMinutes * 60_000);
  return [
    db.$executeRaw`
      INSERT INTO "mail_alert_windows" ("recipient", "lastAlertAt", "pendingReferences", "openedBy")
      SELECT ${arrival.recipient}, s."createdAt", '', ${token} FROM "submissions" s WHERE s."id" = ${arrival.submissionId}
      ON CONFLICT ("recipient") DO UPDATE SET
        "pendingReferences" = CASE
          WHEN "mail_alert_windows"."lastAlertAt" <= ${windowStart} AND "mail_alert_windows"."pendingReferences" = '' THEN ''
          ELSE "mail_alert_windows"."pendingReferences" || ${`${arrival.reference} `} END,
        "openedBy" = CASE
          WHEN "mail_alert_windows"."lastAlertAt" <= ${windowStart} AND "mail_alert_windows"."pendingReferences" = '' THEN excluded."openedBy"
          ELSE "mail_alert_windows"."openedBy" END,
        "lastAlertAt" = CASE
          WHEN "mail_alert_windows"."lastAlertAt" <= ${windowStart} AND "mail_alert_windows"."pendingReferences" = '' THEN excluded."lastAlertAt"
          ELSE "mail_alert_windows"."lastAlertAt" END`,
    enqueueAlertForWindowQuery(db, arrival.recipient, token, arrival.alert),
  ];
}

/** Writes `mail` to `recipient`, due at their window's `lastAlertAt`, if their window row carries `token`. */
export function enqueueAlertForWindowQuery(db: Database, recipient: string, token: string, mail: MailContent) {
  return db.$executeRaw`
    INSERT INTO "outbox_messages" ("id", "kind", "recipient", "subject", "text", "html", "nextAttemptAt", "createdAt")
    SELECT ${crypto.randomUUID()}, 'review_alert', w."recipient", ${mail.subject}, ${mail.text}, ${mail.html}, w."lastAlertAt", w."lastAlertAt"
    FROM "mail_alert_windows" w WHERE w."recipient" = ${recipient} AND w."openedBy" = ${token}`;
}
