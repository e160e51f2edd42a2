import "server-only";
import type { MailSettings } from "@/lib/server/config";
import type { Database } from "@/lib/server/db/client";
import { describeError, log } from "@/lib/server/log";
import type { MailTransport } from "./transport";

type ClaimedMessage = {
  id: string;
  recipient: string;
  subject: string;
  text: string;
  html: string | null;
  attempts: number;
};

export type SendSettings = Pick<MailSettings, "from" | "maxAttempts" | "retrySeconds" | "retryMaxSeconds" | "sendTimeoutSeconds">;

/** Messages sent in one call at most; the sender's next call takes the rest. */
export const SEND_BATCH = 10;

/**
 * Claims the oldest due message for this call alone: one UPDATE that writes a fresh token and
 * a lease (`claimedUntil`) on a pending row that is due and not held by a live lease, and
 * returns it. PostgreSQL re-checks the WHERE on a row another sender updated meanwhile, and
 * SQLite runs one write at a time, so a row is taken by one sender only. One message per
 * claim, so each lease starts when its own send does: a batch claimed at once would let the
 * last leases run out while the first messages are still being sent, and another sender
 * would send those again. A sender that dies holding a claim lets it go when the lease ends;
 * the claim has counted as an attempt already.
 */
async function claimDueMessage(db: Database, now: Date, leaseSeconds: number): Promise<{ token: string; message: ClaimedMessage } | undefined> {
  const token = crypto.randomUUID();
  const leaseEnd = new Date(now.getTime() + leaseSeconds * 1000);
  const [message] = await db.$queryRaw<ClaimedMessage[]>`
    UPDATE "outbox_messages" SET "claimToken" = ${token}, "claimedUntil" = ${leaseEnd}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "outbox_messages"
      WHERE "status" = 'pending' AND "nextAttemptAt" <= ${now} AND ("claimedUntil" IS NULL OR "claimedUntil" <= ${now})
      ORDER BY "nextAttemptAt" LIMIT 1)
    AND "status" = 'pending' AND "nextAttemptAt" <= ${now} AND ("claimedUntil" IS NULL OR "claimedUntil" <= ${now})
    RETURNING "id", "recipient", "subject", "text", "html", "attempts"`;
  return message === undefined ? undefined : { token, message: { ...message, attempts: Number(message.attempts) } };
}

/** The wait before attempt `attempts + 1`: `retrySeconds`, doubling, at most `retryMaxSeconds`. */
export function retryDelaySeconds(attempts: number, settings: Pick<SendSettings, "retrySeconds" | "retryMaxSeconds">): number {
  return Math.min(settings.retrySeconds * 2 ** Math.max(0, attempts - 1), settings.retryMaxSeconds);
}

/** What may be stored and logged about a failed send: the error's class and SMTP code, never its text (it may quote an address). */
function errorCode(error: unknown): string {
  const { errorName, errorCode: code } = describeError(error);
  const responseCode = (error as { responseCode?: unknown } | null)?.responseCode;
  return [code ?? errorName, typeof responseCode === "number" ? String(responseCode) : undefined].filter(Boolean).join(" ").slice(0, 40);
}

/** A Message-ID that stays the same on every attempt, so a receiving server can drop a repeat. */
function messageId(id: string, from: string): string {
  const domain = /@([^\s>]+)>?\s*$/.exec(from)?.[1] ?? "localhost";
  return `<outbox-${id}@${domain}>`;
}

export interface SendResult {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Sends up to `SEND_BATCH` messages that are due, one claim at a time, reading `clock` for
 * each (the sender passes the real clock; tests a fixed one). A refused or failed send is
 * tried again after a delay that doubles, and given up (`failed`) after `maxAttempts`
 * claims. Each outcome is written only while this call's claim still holds the row, so a
 * sender that overran its lease cannot overwrite the work of the one that took the row over.
 */
export async function sendDueMessages(db: Database, transport: MailTransport, settings: SendSettings, clock: () => Date): Promise<SendResult> {
  const result: SendResult = { sent: 0, retried: 0, failed: 0 };
  for (let taken = 0; taken < SEND_BATCH; taken++) {
    const claimed = await claimDueMessage(db, clock(), settings.sendTimeoutSeconds);
    if (claimed === undefined) break;
    const { token, message } = claimed;
    const mine = { id: message.id, claimToken: token };
    try {
      await transport.sendMail({
        from: settings.from,
        to: message.recipient,
        subject: message.subject,
        text: message.text,
        ...(message.html === null ? {} : { html: message.html }),
        messageId: messageId(message.id, settings.from),
      });
      await db.outboxMessage.updateMany({
        where: mine,
        data: { status: "sent", sentAt: clock(), claimToken: null, claimedUntil: null, lastError: null },
      });
      result.sent++;
      log.info({ outboxId: message.id }, "sent email");
    } catch (error) {
      const giveUp = message.attempts >= settings.maxAttempts;
      const nextAttemptAt = new Date(clock().getTime() + retryDelaySeconds(message.attempts, settings) * 1000);
      await db.outboxMessage.updateMany({
        where: mine,
        data: { status: giveUp ? "failed" : "pending", nextAttemptAt, claimToken: null, claimedUntil: null, lastError: errorCode(error) },
      });
      if (giveUp) result.failed++;
      else result.retried++;
      log.warn({ outboxId: message.id, attempts: message.attempts, error: errorCode(error) }, giveUp ? "gave up sending email" : "could not send email, will retry");
    }
  }
  return result;
}

/** Deletes sent and given-up messages created before `retentionDays` ago: the table does not grow for ever. */
export async function deleteOldMessages(db: Database, retentionDays: number, now: Date): Promise<number> {
  const before = new Date(now.getTime() - retentionDays * 24 * 60 * 60_000);
  const { count } = await db.outboxMessage.deleteMany({ where: { status: { in: ["sent", "failed"] }, createdAt: { lt: before } } });
  return count;
}

