import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import type { Answers, Patient } from "@/lib/questionnaire";
import { defaultPolicy } from "@/lib/screening";
import { authorize } from "@/lib/server/auth/authorize";
import { getAuth } from "@/lib/server/auth/better-auth";
import { signInStaff } from "@/lib/server/auth/sign-in";
import { getRateLimits } from "@/lib/server/rate-limits";
import { createDatabaseClient, getDatabase, type Database } from "@/lib/server/db/client";
import { createStaffUser } from "@/lib/server/staff/create-staff-user";
import { updateStaffUser } from "@/lib/server/staff/update-staff-user";
import { createSubmission } from "@/lib/server/submissions/create-submission";
import { openSubmission, openSubmissionsForPrint } from "@/lib/server/submissions/open-submission";
import { recordDecision } from "@/lib/server/submissions/record-decision";
import { recordContactAttempt } from "@/lib/server/follow-up/record-contact-attempt";
import { restoreSubmission } from "@/lib/server/submissions/restore-submission";
import { withdrawSubmission } from "@/lib/server/submissions/withdraw-submission";
import type { Actor } from "@/lib/staff/types";
import { intakeWith } from "@/tests/fixtures/intake";
import { DEMO_EMAILS, seedStaff, signedInHeaders } from "@/tests/integration/staff-sessions";
import { startPostgresql, type PostgresqlServer } from "@/scripts/embedded-postgresql";

// The source is this test file's own SQLite database; the target a PostgreSQL server of its own.
const db = getDatabase();
const sourceUrl = process.env.DATABASE_URL!;
const root = path.resolve(import.meta.dirname, "../../..");
let server: PostgresqlServer;

/** Runs `npm run db:copy` as an operator would: its exit code and what it printed. */
function dbCopy(...args: string[]): Promise<{ status: number; stdout: string; stderr: string; output: string }> {
  return new Promise((resolve) => {
    execFile(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/db-copy.ts", ...args], { cwd: root, env: { ...process.env } }, (error, stdout, stderr) =>
      resolve({ status: error ? Number(error.code) : 0, stdout, stderr, output: stdout + stderr }),
    );
  });
}

const MODELS = ["user", "account", "session", "verification", "submission", "decision", "submissionWithdrawal", "contactAttempt", "auditEvent"] as const;

/** Every row of a table, ordered by id, with dates as instants (ISO strings) so a difference reads clearly. */
async function rowsOf(client: Database, model: (typeof MODELS)[number]) {
  const rows = await (client[model] as unknown as { findMany(args: object): Promise<Record<string, unknown>[]> }).findMany({ orderBy: { id: "asc" } });
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value])));
}

async function everyTable(client: Database) {
  return Object.fromEntries(await Promise.all(MODELS.map(async (model) => [model, await rowsOf(client, model)] as const)));
}

async function withClient<T>(url: string, work: (client: Database) => Promise<T>): Promise<T> {
  const client = createDatabaseClient(url);
  try {
    return await work(client);
  } finally {
    await client.$disconnect();
  }
}

const PATIENTS: Partial<Patient>[] = [
  { firstName: "Olive", lastName: "O'Brien", email: "olive.obrien@example.com" },
  { firstName: "Zoë", lastName: "Ünal-Søndergaard", email: "Zoe.Unal@Example.com", phone: "" },
  { firstName: "Nia", lastName: "Newcombe", email: "nia.newcombe@example.org" },
  { firstName: "Eli", lastName: "Ellington", email: "eli.e@example.net", phone: "07700 900123" },
];
const ANSWERS: Partial<Answers>[] = [{}, { bloodThinners: "yes", coldSores: "history" }, { isotretinoin: "stopped_under_6_months" }, { keloids: "unsure" }];

/** A clinic's realistic history, made by the app's own use cases. */
async function fillSource() {
  await seedStaff();
  const headers = (email: string, ip: string) => signedInHeaders(email).then((h) => (h.set("x-forwarded-for", ip), h));
  const clinician: Actor = await authorize(await headers(DEMO_EMAILS.clinician, "203.0.113.7"), "submissions.decide");
  const frontDesk: Actor = await authorize(await headers(DEMO_EMAILS.front_desk, "203.0.113.8"), "submissions.print");
  const admin: Actor = await authorize(await headers(DEMO_EMAILS.admin, "203.0.113.9"), "staff.manage");
  await signInStaff(getAuth(), db, getRateLimits(), { email: DEMO_EMAILS.clinician, password: "not the password at all", headers: new Headers() }).catch(() => undefined); // a failure: audited
  await authorize(new Headers(), "audit.read").catch(() => undefined); // an anonymous refusal: null actor
  const { id: leaver } = await createStaffUser(db, admin, { email: "leaver@clinic.example", name: "Lee Leaver", role: "front_desk", password: "plum tram violet hedgehog 42" });
  await updateStaffUser(db, admin, { userId: leaver, change: { disabled: true } });
  await db.verification.create({ data: { id: crypto.randomUUID(), identifier: "reset-password:leaver", value: "opaque", expiresAt: new Date(Date.now() + 3_600_000) } });

  let clock = Date.now() - 86_400_000;
  const submissions = [];
  for (let i = 0; i < 12; i++) {
    clock += 61_001; // milliseconds survive the copy
    submissions.push(
      await createSubmission(db, {
        intake: intakeWith({ patient: PATIENTS[i % PATIENTS.length], answers: ANSWERS[i % ANSWERS.length] }),
        idempotencyKey: i % 3 ? `key-${i}` : undefined,
        policy: defaultPolicy,
        now: new Date(clock),
      }),
    );
  }
  for (const [i, { id }] of submissions.slice(0, 6).entries()) {
    await openSubmission(db, clinician, { id });
    if (i % 2 === 0) await recordDecision(db, clinician, { submissionId: id, decision: "more_information_needed", note: "Ask about the rash." });
    await recordDecision(db, clinician, { submissionId: id, decision: i === 4 ? "not_suitable" : "approved_for_consultation", note: "" });
  }
  // Submissions 1 and 3 were approved, so they are on the front desk's list.
  await recordContactAttempt(db, frontDesk, { submissionId: submissions[1]!.id, result: "no_answer", note: "Voicemail full" });
  await recordContactAttempt(db, frontDesk, { submissionId: submissions[1]!.id, result: "reached_booked" });
  await recordContactAttempt(db, frontDesk, { submissionId: submissions[3]!.id, result: "reached_declined", note: "Moving away" });
  await openSubmissionsForPrint(db, frontDesk, { ids: submissions.slice(6).map(({ id }) => id) });
  await withdrawSubmission(db, admin, { submissionId: submissions[10]!.id, reason: "Duplicate of an earlier one" });
  await withdrawSubmission(db, admin, { submissionId: submissions[11]!.id, reason: "A test entry" });
  await restoreSubmission(db, admin, { submissionId: submissions[11]!.id, reason: "Not a test after all" });
}

/** What must never be printed: patients' names and emails, password hashes, session tokens. */
async function secrets(): Promise<string[]> {
  const submissions = await db.submission.findMany();
  const accounts = await db.account.findMany();
  const sessions = await db.session.findMany();
  return [
    ...submissions.flatMap((row) => [row.firstName, row.lastName, row.email, row.signature, row.reference]),
    ...accounts.flatMap((row) => (row.password ? [row.password] : [])),
    ...sessions.map((row) => row.token),
  ];
}

beforeAll(async () => {
  server = await startPostgresql({ durable: false });
  await server.query("CREATE DATABASE clinic");
  await server.query("CREATE DATABASE failed_copy");
  await fillSource();
});
afterAll(async () => {
  await db.$disconnect();
  await server?.stop();
});

// A run that migrates its target takes some 15 s, 10 of them Prisma 6.19's CLI lingering
// after `migrate deploy` on PostgreSQL: more than the tier's default timeout allows on a busy machine.
const MIGRATES = { timeout: 90_000 };

describe("npm run db:copy", () => {
  it("refuses a target that is not PostgreSQL, and a source that is not an existing SQLite file, in one line with exit code 2", async () => {
    const cases = [
      ["--from", sourceUrl, "--to", "file:./elsewhere.db"],
      ["--from", sourceUrl, "--to", "mysql://root@localhost/clinic"],
      ["--from", "file:./no/such/app.db", "--to", server.url("clinic")],
      ["--from", server.url("postgres"), "--to", server.url("clinic")],
      ["--from", sourceUrl],
    ];
    const runs = await Promise.all(cases.map((args) => dbCopy(...args)));
    for (const [i, run] of runs.entries()) {
      expect(run.status, cases[i]!.join(" ")).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n"), cases[i]!.join(" ")).toHaveLength(1);
    }
    expect(runs[0]!.stderr).toMatch(/--to must be a PostgreSQL URL/);
    expect(runs[2]!.stderr).toMatch(/--from must name an existing SQLite file/);
    expect(existsSync(path.join(root, "no/such/app.db"))).toBe(false);
  });

  it("migrates an empty PostgreSQL database and copies every row of every table unchanged", MIGRATES, async () => {
    const run = await dbCopy("--from", sourceUrl, "--to", server.url("clinic"));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);

    const source = await everyTable(db);
    const target = await withClient(server.url("clinic"), everyTable);
    for (const model of MODELS) expect(target[model], model).toEqual(source[model]);
    // The history really has every kind of row the copy must carry.
    expect(source.decision!.length).toBe(9);
    expect(source.submissionWithdrawal!.length).toBe(3);
    expect(source.contactAttempt!.length).toBe(3);
    expect(new Set(source.submission!.map((row) => row.followUp))).toEqual(new Set(["to_contact", "booked", "declined", null]));
    expect(source.session!.length).toBe(3);
    expect(source.user!.some((user) => user.disabled === true)).toBe(true);
    expect(source.auditEvent!.some((event) => event.actorId === null)).toBe(true);
    expect(source.submission!.some((row) => row.phone === null && row.idempotencyKey === null)).toBe(true);

    // Counts of both sides, side by side, per table.
    const tables = { user: "staff_users", account: "staff_accounts", session: "staff_sessions", verification: "verifications", submission: "submissions", decision: "decisions", submissionWithdrawal: "submission_withdrawals", contactAttempt: "contact_attempts", auditEvent: "audit_events" };
    for (const model of MODELS) {
      const n = source[model]!.length;
      expect(run.stdout).toMatch(new RegExp(`^${tables[model]}\\s+${n}\\s+${n}$`, "m"));
    }
    for (const secret of await secrets()) expect(run.output).not.toContain(secret);
  });

  it("refuses a target that already holds data, and adds nothing to it", async () => {
    const before = await withClient(server.url("clinic"), everyTable);
    const run = await dbCopy("--from", sourceUrl, "--to", server.url("clinic"));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/already holds data \(staff_users, staff_accounts, staff_sessions, verifications, submissions, decisions, submission_withdrawals, contact_attempts, audit_events\)/);
    expect(await withClient(server.url("clinic"), everyTable)).toEqual(before);
  });

  it("leaves the target empty when the copy fails part-way, and prints no patient data", MIGRATES, async () => {
    // A copy of the source with one row PostgreSQL refuses (text holding a NUL byte, which
    // SQLite stores), in the decisions: the staff and submissions are written before it fails.
    const folder = mkdtempSync(path.join(tmpdir(), "db-copy-"));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    const file = path.join(folder, "broken.db");
    await db.$executeRawUnsafe(`VACUUM INTO '${file}'`);
    await withClient(`file:${file}`, async (broken) => {
      // Not a withdrawn one: those cannot be decided, and which row comes first is up to SQLite.
      const [submission] = await broken.submission.findMany({ where: { reviewStatus: { not: "withdrawn" } }, take: 1 });
      const [clinician] = await broken.user.findMany({ where: { email: DEMO_EMAILS.clinician } });
      await recordDecision(broken, { id: clinician!.id, name: clinician!.name, role: "clinician", ipAddress: null }, { submissionId: submission!.id, decision: "not_suitable", note: "pasted\u0000note" });
    });

    const run = await dbCopy("--from", `file:${file}`, "--to", server.url("failed_copy"));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim()).toMatch(/^Failed while copying decisions \(.*SQLSTATE 22021\)\. The copy was rolled back: the target holds none of it\.$/);
    for (const secret of await secrets()) expect(run.output).not.toContain(secret);
    const counts = await withClient(server.url("failed_copy"), (target) => Promise.all(MODELS.map((model) => (target[model] as unknown as { count(): Promise<number> }).count())));
    expect(counts).toEqual(MODELS.map(() => 0));
  });
});
