import "server-only";
import type { MailSettings } from "@/lib/server/config";
import type { Database } from "@/lib/server/db/client";
import { describeError, log } from "@/lib/server/log";
import { deleteIdleAlertWindows, flushAlertWindows } from "./flush-alert-windows";
import { deleteOldMessages, SEND_BATCH, sendDueMessages } from "./send-due-messages";
import { createMailTransport } from "./transport";

const HOUR_MS = 60 * 60 * 1000;

export interface MailSender {
  /** Stops polling and resolves once the round in progress, if any, has finished. */
  stop(): Promise<void>;
}

/**
 * The outbox's sender in this process (instrumentation.ts starts it once the database is
 * ready): every `pollSeconds` it turns due digests into alerts, sends what is due, and once
 * an hour deletes old messages. Rounds never overlap, and the timer is `unref()`ed, so it
 * never keeps a process alive. A failed round is logged (its error's class only) and the
 * next one tries again; a message claimed by a process that stops is taken up by another
 * (or by this one after a restart) when its lease ends.
 */
export function startMailSender(db: Database, settings: MailSettings, clinicName: string): MailSender {
  const transport = createMailTransport(settings);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  let lastSweep = 0;

  const round = async () => {
    const now = new Date();
    try {
      await flushAlertWindows(db, { settings, clinicName, now });
      // A full batch means more may be due: go on without waiting for the next tick.
      while (!stopped) {
        const { sent, retried, failed } = await sendDueMessages(db, transport, settings, () => new Date());
        if (sent + retried + failed < SEND_BATCH) break;
      }
      if (now.getTime() - lastSweep >= HOUR_MS) {
        lastSweep = now.getTime();
        const deleted = await deleteOldMessages(db, settings.retentionDays, now);
        await deleteIdleAlertWindows(db, now);
        if (deleted > 0) log.info({ deleted }, "deleted old outbox messages");
      }
    } catch (error) {
      log.warn(describeError(error), "mail sender round failed");
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = round().then(schedule);
    }, settings.pollSeconds * 1000);
    timer.unref();
  };
  running = round().then(schedule);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      transport.close();
    },
  };
}
