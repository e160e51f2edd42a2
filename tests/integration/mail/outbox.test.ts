import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { POST as submit } from "@/app/api/submissions/route";
import type { Intake } from "@/lib/questionnaire";
import { defaultPolicy } from "@/lib/screening";
import { getConfig, type MailSettings } from "@/lib/server/config";
import { createDatabaseClient, getDatabase, providerOf, type Database } from "@/lib/server/db/client";
import { flushAlertWindows } from "@/lib/server/mail/flush-alert-windows";
import { startMailSender } from "@/lib/server/mail/mail-sender";
import { deleteOldMessages, sendDueMessages } from "@/lib/server/mail/send-due-messages";
import { submissionMailFrom, type SubmissionMail } from "@/lib/server/mail/submission-mail";
import { createMailTransport } from "@/lib/server/mail/transport";
import { createSubmission } from "@/lib/server/submissions/create-submission";
import { intakeWith } from "@/tests/fixtures/intake";
import { postJson } from "@/tests/integration/requests";
import { startSmtpServer, waitFor } from "./smtp";

// The app's own configuration, read from the environment as a server reads it: this file's
// SMTP server is the clinic's mail server.
const smtp = await startSmtpServer();
process.env.SMTP_URL = smtp.url;
process.env.MAIL_FROM = "Demo Skin Clinic <screening@clinic.example>";
process.env.APP_URL = "https://screening.clinic.example";
const config = getConfig();
const mail = submissionMailFrom(config)!;
const db = getDatabase();
const transport = createMailTransport(mail.settings);
const extraClients: Database[] = [];

afterAll(async () => {
  transport.close();
  await Promise.all(extraClients.map((client) => client.$disconnect()));
  await db.$disconnect();
  await smtp.close();
});

beforeEach(async () => {
  await db.outboxMessage.deleteMany();
  smtp.received.length = 0;
});

/** Another app server's client on the same database. */
function anotherClient(): Database {
  const client = createDatabaseClient(process.env.DATABASE_URL!);
  extraClients.push(client);
  return client;
}

const mailWith = (settings: Partial<MailSettings>): SubmissionMail => ({ ...mail, settings: { ...mail.settings, ...settings } });

let patients = 0;
/** An intake from a patient of its own (name, email, date of birth), flagged for review unless told otherwise. */
function intakeOf({ review = true, emailCopy }: { review?: boolean; emailCopy?: boolean } = {}): Intake {
  patients += 1;
  const intake = intakeWith({
    answers: review ? { bloodThinners: "yes" } : {},
    patient: { firstName: `Ottilie${patients}`, lastName: `Quarrington${patients}`, email: `ottilie.q${patients}@patient.example`, dateOfBirth: "1987-03-29" },
  });
  return emailCopy === undefined ? intake : { ...intake, consent: { ...intake.consent, emailCopy } };
}

const minutes = (start: Date, count: number) => new Date(start.getTime() + count * 60_000);
const seconds = (start: Date, count: number) => new Date(start.getTime() + count * 1000);

/** What must never be in an alert: the patient's details, answers and reasons. */
function expectNoPatientData(content: string, intake: Intake) {
  for (const value of [intake.patient.firstName, intake.patient.lastName, intake.patient.email, intake.patient.dateOfBirth, intake.patient.phone]) {
    expect(content).not.toContain(value);
  }
  expect(content).not.toMatch(/blood ?thinners|bruising|anticoagulant/i);
}

let clinicianCount = 0;
async function addStaff(role: string, disabled = false): Promise<string> {
  clinicianCount += 1;
  const email = `${role}${clinicianCount}@staff.clinic.example`;
  await db.user.create({ data: { id: crypto.randomUUID(), name: `Staff ${clinicianCount}`, email, role, disabled } });
  return email;
}

describe("review alerts", () => {
  it("tells every active clinician of a needs_review submission within seconds: its reference, the outcome and the queue, nothing of the patient", async () => {
    const active = [await addStaff("clinician"), await addStaff("clinician")];
    await addStaff("clinician", true);
    await addStaff("front_desk");
    const sender = startMailSender(db, { ...mail.settings, pollSeconds: 1 }, config.clinicName);
    try {
      const intake = intakeOf();
      const response = await submit(postJson("/api/submissions", intake));
      expect(response.status).toBe(201);
      const { reference } = (await response.json()) as { reference: string };
      await waitFor(() => smtp.received.length >= active.length, 5_000);
      // A moment more: a second alert to anyone would arrive now.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(smtp.received.flatMap((message) => message.to).sort()).toEqual([...active].sort());
      for (const message of smtp.received) {
        expect(message.content).toContain(reference);
        expect(message.content).toContain("Needs review");
        expect(message.content).toContain("https://screening.clinic.example/staff");
        expect(message.content).toMatch(/^From: Demo Skin Clinic <screening@clinic\.example>/m);
        expectNoPatientData(message.content, intake);
      }
    } finally {
      await sender.stop();
    }
    expect(await db.outboxMessage.count({ where: { status: "sent" } })).toBe(active.length);
  });

  it("sends at most one alert per recipient per interval, and lists later arrivals in the next", async () => {
    const digest = mailWith({ reviewAlertEmails: ["digest@staff.clinic.example"] });
    const t0 = new Date("2031-01-06T09:00:00.000Z");
    const flush = (now: Date) => flushAlertWindows(db, { settings: digest.settings, clinicName: config.clinicName, now });
    const arrive = (now: Date) => createSubmission(db, { intake: intakeOf(), policy: defaultPolicy, now, mail: digest });
    const alerts = () => db.outboxMessage.findMany({ where: { kind: "review_alert" }, orderBy: { createdAt: "asc" } });

    const first = await arrive(t0);
    expect((await alerts()).map((alert) => alert.text)).toEqual([expect.stringContaining(first.reference)]);

    const second = await arrive(minutes(t0, 5));
    expect(await alerts()).toHaveLength(1);
    expect(await flush(minutes(t0, 14))).toBe(0);
    expect(await flush(minutes(t0, 15))).toBe(1);
    const [, digestAlert] = await alerts();
    expect(digestAlert!.text).toContain(second.reference);
    expect(digestAlert!.text).not.toContain(first.reference);
    expect(digestAlert!.recipient).toBe("digest@staff.clinic.example");

    // The digest opened a new interval: the next two wait for the alert after it, together.
    const third = await arrive(minutes(t0, 16));
    const fourth = await arrive(minutes(t0, 31)); // interval over, but the third still waits
    expect(await alerts()).toHaveLength(2);
    expect(await flush(minutes(t0, 31))).toBe(1);
    const last = (await alerts())[2]!;
    expect(last.text).toContain(third.reference);
    expect(last.text).toContain(fourth.reference);
    expect(last.subject).toBe("Needs review: 2 screenings");

    // A quiet interval later, the next arrival is told at once.
    const fifth = await arrive(minutes(t0, 60));
    expect((await alerts())[3]!.text).toContain(fifth.reference);

    const { sent } = await sendDueMessages(db, transport, mail.settings, () => minutes(t0, 61));
    expect(sent).toBe(4);
    expect(smtp.received.map((message) => message.to)).toEqual(Array(4).fill(["digest@staff.clinic.example"]));
  });

  it("sends one alert for arrivals at the same moment on two app servers, and collects the rest", async () => {
    const digest = mailWith({ reviewAlertEmails: ["together@staff.clinic.example"] });
    const now = new Date("2032-03-01T12:00:00.000Z");
    // On SQLite the app servers are processes whose transactions SQLite runs one at a time;
    // two clients in this one process would wait for each other's lock on one thread.
    const servers = providerOf(db) === "postgresql" ? [db, anotherClient()] : [db];
    const receipts = await Promise.all(
      Array.from({ length: 6 }, (_, index) => createSubmission(servers[index % servers.length]!, { intake: intakeOf(), policy: defaultPolicy, now, mail: digest })),
    );
    const alerts = await db.outboxMessage.findMany({ where: { kind: "review_alert" } });
    expect(alerts).toHaveLength(1);
    const window = await db.mailAlertWindow.findUniqueOrThrow({ where: { recipient: "together@staff.clinic.example" } });
    const told = [...alerts[0]!.text.matchAll(/^- (\S+)$/gm)].map((match) => match[1]);
    const collected = window.pendingReferences.trim().split(/\s+/);
    expect([...told, ...collected].sort()).toEqual(receipts.map((receipt) => receipt.reference).sort());
  });

  it("writes nothing for a retried submission, and nothing for a rejected one", async () => {
    const digest = mailWith({ reviewAlertEmails: ["retry@staff.clinic.example"] });
    const intake = intakeOf({ emailCopy: true });
    const now = new Date("2033-01-01T08:00:00.000Z");
    await createSubmission(db, { intake, idempotencyKey: "mail-retry", policy: defaultPolicy, now, mail: digest });
    await createSubmission(db, { intake, idempotencyKey: "mail-retry", policy: defaultPolicy, now: minutes(now, 20), mail: digest });
    expect(await db.outboxMessage.groupBy({ by: ["kind"], _count: true, orderBy: { kind: "asc" } })).toEqual([
      { kind: "patient_copy", _count: 1 },
      { kind: "review_alert", _count: 1 },
    ]);
    await db.outboxMessage.deleteMany();

    const rejected = { ...intakeOf({ emailCopy: true }), consent: { storeAndReview: true, accurate: true, signature: "Somebody Else", emailCopy: true } };
    const response = await submit(postJson("/api/submissions", rejected));
    expect(response.status).toBe(400);
    expect(await db.outboxMessage.count()).toBe(0);
  });
});

describe("the patient's copy", () => {
  it("is written only when the patient ticked it: the reference, the outcome in words and what happens next, none of the answers", async () => {
    const now = new Date("2034-05-05T10:00:00.000Z");
    const none = mailWith({ reviewAlertEmails: ["copies@staff.clinic.example"] });
    await createSubmission(db, { intake: intakeOf({ review: false }), policy: defaultPolicy, now, mail: none });
    await createSubmission(db, { intake: intakeOf({ review: false, emailCopy: false }), policy: defaultPolicy, now, mail: none });
    expect(await db.outboxMessage.count()).toBe(0);

    const intake = intakeOf({ emailCopy: true });
    const response = await submit(postJson("/api/submissions", intake));
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };
    const copies = await db.outboxMessage.findMany({ where: { kind: "patient_copy" } });
    expect(copies.map((copy) => copy.recipient)).toEqual([intake.patient.email]);

    await sendDueMessages(db, transport, mail.settings, () => new Date(Date.now() + 1000));
    const received = smtp.received.find((message) => message.to.includes(intake.patient.email))!;
    expect(received.content).toContain(reference);
    expect(received.content).toContain("A clinician will look at your answers");
    expect(received.content).toContain(`A clinician will contact you within ${config.reviewContactDays} working days`);
    expect(received.content).not.toContain(intake.patient.dateOfBirth);
    expect(received.content).not.toContain(intake.patient.phone);
    expect(received.content).not.toMatch(/blood ?thinners|bruising/i);
  });
});

describe("the sender", () => {
  it("sends a message written before a restart once, from the new process", async () => {
    const writer = anotherClient();
    const now = new Date("2035-01-01T09:00:00.000Z");
    await createSubmission(writer, { intake: intakeOf({ review: false, emailCopy: true }), policy: defaultPolicy, now, mail });
    await writer.$disconnect(); // the process that wrote it stops before sending

    const restarted = anotherClient();
    const newTransport = createMailTransport(mail.settings);
    try {
      expect(await sendDueMessages(restarted, newTransport, mail.settings, () => seconds(now, 1))).toMatchObject({ sent: 1 });
      expect(await sendDueMessages(restarted, newTransport, mail.settings, () => seconds(now, 600))).toMatchObject({ sent: 0 });
    } finally {
      newTransport.close();
    }
    expect(smtp.received).toHaveLength(1);
  });

  it("leaves a message claimed by a sender that died until its lease ends, then sends it once", async () => {
    const now = new Date("2035-02-01T09:00:00.000Z");
    await createSubmission(db, { intake: intakeOf({ review: false, emailCopy: true }), policy: defaultPolicy, now, mail });
    const leaseEnd = seconds(now, mail.settings.sendTimeoutSeconds);
    await db.outboxMessage.updateMany({ data: { claimToken: "dead-sender", claimedUntil: leaseEnd, attempts: 1 } });
    expect(await sendDueMessages(db, transport, mail.settings, () => seconds(now, 10))).toMatchObject({ sent: 0 });
    expect(await sendDueMessages(db, transport, mail.settings, () => leaseEnd)).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(1);
    expect(await db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: "sent", attempts: 2, claimToken: null });
  });

  it("never sends a message twice from two senders on two clients at once", async () => {
    const now = new Date("2036-01-01T09:00:00.000Z");
    for (let index = 0; index < 25; index++) {
      await createSubmission(db, { intake: intakeOf({ review: false, emailCopy: true }), policy: defaultPolicy, now, mail });
    }
    const senders = [anotherClient(), anotherClient()];
    const transports = senders.map(() => createMailTransport(mail.settings));
    const drain = async (client: Database, index: number) => {
      let sent = 0;
      for (;;) {
        const result = await sendDueMessages(client, transports[index]!, mail.settings, () => seconds(now, 1));
        if (result.sent + result.retried + result.failed === 0) return sent;
        sent += result.sent;
      }
    };
    try {
      const counts = await Promise.all(senders.map(drain));
      expect(counts[0]! + counts[1]!).toBe(25);
    } finally {
      transports.forEach((each) => each.close());
    }
    const ids = smtp.received.map((message) => message.messageId);
    expect(ids).toHaveLength(25);
    expect(new Set(ids).size).toBe(25);
    expect(await db.outboxMessage.count({ where: { status: "sent" } })).toBe(25);
  });

  it("never sends a message twice when a slow server makes a round outlast one send's lease", async () => {
    // Each message takes 400 ms to be accepted; a lease is 2 s. One sender's round of 8 takes
    // over 3 s: the other, polling meanwhile, must find nothing of it to take over.
    const slow = await startSmtpServer({ delayMs: 400 });
    const settings = { ...mail.settings, smtpUrl: slow.url, sendTimeoutSeconds: 2 };
    for (let index = 0; index < 8; index++) {
      await createSubmission(db, { intake: intakeOf({ review: false, emailCopy: true }), policy: defaultPolicy, now: new Date(Date.now() - 1000), mail });
    }
    const [first, second] = [anotherClient(), anotherClient()];
    const transports = [createMailTransport(settings), createMailTransport(settings)];
    const realClock = () => new Date();
    try {
      const round = sendDueMessages(first, transports[0]!, settings, realClock);
      let done = false;
      const polling = (async () => {
        while (!done) {
          await sendDueMessages(second, transports[1]!, settings, realClock);
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      })();
      await round;
      done = true;
      await polling;
    } finally {
      transports.forEach((each) => each.close());
      await slow.close();
    }
    const ids = slow.received.map((message) => message.messageId);
    expect(ids).toHaveLength(8);
    expect(new Set(ids).size).toBe(8);
    expect(await db.outboxMessage.count({ where: { status: "sent" } })).toBe(8);
  });

  it("backs off, doubling, from a server that refuses, and gives up after MAIL_MAX_ATTEMPTS", async () => {
    const refusing = await startSmtpServer({ refuse: true });
    const settings = { ...mail.settings, smtpUrl: refusing.url, maxAttempts: 3, retrySeconds: 30, retryMaxSeconds: 45 };
    const refused = createMailTransport(settings);
    const now = new Date("2037-01-01T09:00:00.000Z");
    try {
      const intake = intakeOf({ review: false, emailCopy: true });
      await createSubmission(db, { intake, policy: defaultPolicy, now, mail });
      const row = () => db.outboxMessage.findFirstOrThrow();
      expect(await sendDueMessages(db, refused, settings, () => now)).toMatchObject({ retried: 1 });
      expect(await row()).toMatchObject({ status: "pending", attempts: 1, nextAttemptAt: seconds(now, 30), lastError: "EENVELOPE 550" });
      expect(await sendDueMessages(db, refused, settings, () => seconds(now, 29))).toMatchObject({ retried: 0, failed: 0 });
      expect(await sendDueMessages(db, refused, settings, () => seconds(now, 30))).toMatchObject({ retried: 1 });
      // 30 s doubled is 60 s, held to MAIL_RETRY_MAX_MINUTES (45 s here).
      expect(await row()).toMatchObject({ status: "pending", attempts: 2, nextAttemptAt: seconds(now, 75) });
      expect(await sendDueMessages(db, refused, settings, () => seconds(now, 75))).toMatchObject({ failed: 1 });
      expect(await row()).toMatchObject({ status: "failed", attempts: 3, sentAt: null });
      expect(await sendDueMessages(db, refused, settings, () => seconds(now, 10_000))).toMatchObject({ retried: 0, failed: 0 });
      expect((await row()).lastError).not.toContain(intake.patient.email);
    } finally {
      refused.close();
      await refusing.close();
    }
  });

  it("deletes sent and given-up messages after MAIL_RETENTION_DAYS, and keeps pending ones", async () => {
    const now = new Date("2038-06-01T00:00:00.000Z");
    const day = 24 * 60 * 60_000;
    const row = (status: string, age: number) => ({
      id: crypto.randomUUID(),
      kind: "patient_copy",
      recipient: "old@patient.example",
      subject: "s",
      text: "t",
      status,
      createdAt: new Date(now.getTime() - age * day),
      nextAttemptAt: new Date(now.getTime() - age * day),
    });
    const rows = [row("sent", 31), row("failed", 31), row("pending", 31), row("sent", 29), row("failed", 29)];
    await db.outboxMessage.createMany({ data: rows });
    expect(await deleteOldMessages(db, 30, now)).toBe(2);
    expect((await db.outboxMessage.findMany({ orderBy: { createdAt: "asc" } })).map((left) => left.id).sort()).toEqual(
      [rows[2]!.id, rows[3]!.id, rows[4]!.id].sort(),
    );
  });
});
