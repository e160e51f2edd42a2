import { request as playwrightRequest } from "@playwright/test";
import { startPostgresql, type PostgresqlServer } from "@/scripts/embedded-postgresql";
import { intakeWith } from "@/tests/fixtures/intake";
import { startSmtpServer, waitFor, type TestSmtpServer } from "@/tests/integration/mail/smtp";
import { startAppServer, type AppServer } from "./app-server";
import { expect, test } from "./fixtures";
import { STAFF } from "./session";

// The outbox as a clinic runs it: production servers, each its own process with its own mail
// sender, on one PostgreSQL database, sending to a real SMTP server. The integration tests
// (tests/integration/mail) cover the same rules on both databases with clients in one
// process; this file kills a real server between the write and the send, and lets two
// real servers race for the message.

test.describe.configure({ mode: "serial" });

let database: PostgresqlServer;
let smtp: TestSmtpServer;
const servers: AppServer[] = [];

test.beforeAll(async () => {
  test.setTimeout(120_000);
  [database, smtp] = await Promise.all([startPostgresql({ durable: false }), startSmtpServer()]);
  await database.query("CREATE DATABASE clinic");
});

test.afterAll(async () => {
  for (const server of servers) server.stop();
  await Promise.all([database?.stop(), smtp?.close()]);
});

test("a flagged submission written just before its server is killed is alerted once, by one of two servers started after it", async () => {
  test.setTimeout(180_000);
  const mailEnv = {
    DATABASE_URL: database.url("clinic"),
    SMTP_URL: smtp.url,
    MAIL_FROM: "Riverside Skin Clinic <screening@clinic.example>",
    APP_URL: "https://screening.clinic.example",
  };
  // The first server's sender runs once at start (with nothing to send), then not for an hour.
  const first = await startAppServer({ ...mailEnv, MAIL_POLL_SECONDS: "3600" });
  servers.push(first);
  // Its start-up round takes milliseconds; this leaves it well over, so what follows is
  // written after it and would wait an hour for this server's next round.
  await new Promise((resolve) => setTimeout(resolve, 2_000));

  const api = await playwrightRequest.newContext({ baseURL: first.url });
  const flagged = intakeWith({
    answers: { bloodThinners: "yes", medications: "Apixaban 5 mg twice daily" },
    patient: { firstName: "Ottilie", lastName: "Quarrington", email: "ottilie.q@patient.example" },
  });
  const withCopy = intakeWith({ patient: { firstName: "Bram", lastName: "Oyelaran", email: "bram.o@patient.example" } });
  const alerted = await (await api.post("/api/submissions", { data: flagged })).json();
  const copied = await (await api.post("/api/submissions", { data: { ...withCopy, consent: { ...withCopy.consent, emailCopy: true } } })).json();
  await api.dispose();
  expect(alerted.outcome).toBe("needs_review");
  expect(copied.outcome).toBe("eligible");

  // Acknowledged and in the outbox, not yet sent: then the process dies without warning.
  expect(smtp.received).toHaveLength(0);
  process.kill(-first.process.pid!, "SIGKILL");
  await new Promise((resolve) => first.process.once("exit", resolve));
  const pending = await database.query(`SELECT count(*) FROM outbox_messages WHERE status = 'pending'`, "clinic");
  expect(Number(pending.rows[0]?.count)).toBe(2);

  // Two servers come up together, each sending every second.
  servers.push(...(await Promise.all([startAppServer({ ...mailEnv, MAIL_POLL_SECONDS: "1" }), startAppServer({ ...mailEnv, MAIL_POLL_SECONDS: "1" })])));
  await waitFor(() => smtp.received.length >= 2, 20_000);
  // Several more rounds of both senders: a second copy of either message would arrive now.
  await new Promise((resolve) => setTimeout(resolve, 3_000));

  expect(smtp.received.map((message) => message.to).sort()).toEqual([[STAFF.clinician], ["bram.o@patient.example"]].sort());
  const alert = smtp.received.find((message) => message.to.includes(STAFF.clinician))!;
  expect(alert.content).toContain(alerted.reference);
  expect(alert.content).toContain("https://screening.clinic.example/staff");
  for (const value of ["Ottilie", "Quarrington", "ottilie.q@patient.example", flagged.patient.dateOfBirth, "Apixaban"]) {
    expect(alert.content).not.toContain(value);
  }
  const copy = smtp.received.find((message) => message.to.includes("bram.o@patient.example"))!;
  expect(copy.content).toContain(copied.reference);
  const sent = await database.query(`SELECT count(*) FROM outbox_messages WHERE status = 'sent'`, "clinic");
  expect(Number(sent.rows[0]?.count)).toBe(2);
});
