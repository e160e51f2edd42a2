import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as recordAttempt } from "@/app/api/submissions/[id]/contact-attempts/route";
import { POST as decide } from "@/app/api/submissions/[id]/decision/route";
import { POST as restore } from "@/app/api/submissions/[id]/restoration/route";
import { POST as withdraw } from "@/app/api/submissions/[id]/withdrawal/route";
import { GET as listSubmissions } from "@/app/api/submissions/route";
import { GET as listToContact } from "@/app/api/to-contact/route";
import type { ToContactItem, ToContactPage } from "@/lib/follow-up/types";
import type { Answers, Consent, Patient } from "@/lib/questionnaire";
import { defaultPolicy } from "@/lib/screening";
import { getDatabase } from "@/lib/server/db/client";
import { createSubmission } from "@/lib/server/submissions/create-submission";
import { intakeWith } from "@/tests/fixtures/intake";
import { postJson } from "@/tests/integration/requests";
import { DEMO_EMAILS, seedStaff, signedInHeaders } from "@/tests/integration/staff-sessions";

const db = getDatabase();
let admin: Headers;
let clinician: Headers;
let frontDesk: Headers;

beforeAll(async () => {
  await seedStaff();
  [admin, clinician, frontDesk] = await Promise.all([
    signedInHeaders(DEMO_EMAILS.admin),
    signedInHeaders(DEMO_EMAILS.clinician),
    signedInHeaders(DEMO_EMAILS.front_desk),
  ]);
});
afterAll(() => db.$disconnect());

// Explicit, increasing times, so the list's oldest-first order is known. Every submission of
// this file is older than the last, starting a day ago.
let clock = Date.now() - 86_400_000;
async function newSubmission(
  lastName: string,
  { answers = {}, patient = {}, consent = {} }: { answers?: Partial<Answers>; patient?: Partial<Patient>; consent?: Partial<Consent> } = {},
) {
  clock += 1000;
  const intake = intakeWith({ answers, patient: { firstName: "Fay", lastName, ...patient } });
  return createSubmission(db, { intake: { ...intake, consent: { ...intake.consent, ...consent } }, policy: defaultPolicy, now: new Date(clock) });
}
const needsReview = { keloids: "unsure" } as const;

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const cookie = (headers: Headers) => Object.fromEntries(headers.entries());
const attemptAs = (headers: Headers | undefined, id: string, body: unknown) =>
  recordAttempt(postJson(`/api/submissions/${id}/contact-attempts`, body, headers ? cookie(headers) : {}), params(id));
const decideAs = (headers: Headers, id: string, body: unknown) => decide(postJson(`/api/submissions/${id}/decision`, body, cookie(headers)), params(id));
const listAs = (headers: Headers | undefined, query = "limit=100") =>
  listToContact(new Request(`http://localhost/api/to-contact?${query}`, { headers: headers ?? new Headers() }));

/** Every patient on the list, through every page. */
async function wholeList(): Promise<ToContactItem[]> {
  const items: ToContactItem[] = [];
  let cursor: string | null = null;
  do {
    const response = await listAs(frontDesk, `limit=2${cursor ? `&cursor=${cursor}` : ""}`);
    expect(response.status).toBe(200);
    const page = (await response.json()) as ToContactPage;
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
const listed = async (id: string) => (await wholeList()).find((item) => item.submissionId === id);

/** What a rejected request must leave as it was. */
const snapshot = async (submissionId: string) => ({
  submission: await db.submission.findUniqueOrThrow({ where: { id: submissionId }, select: { followUp: true, reviewStatus: true } }),
  attempts: await db.contactAttempt.count({ where: { submissionId } }),
  audits: await db.auditEvent.count({ where: { recordId: submissionId, action: "submission.contact_attempt" } }),
});

describe("joining the To contact list", () => {
  it("puts an eligible patient on it at once, with how and when they asked to be contacted", async () => {
    const eligible = await newSubmission("Eligible", { consent: { contactMethod: "phone", contactTimes: ["evenings"] } });
    expect(eligible.outcome).toBe("eligible");
    expect(await listed(eligible.id)).toEqual({
      submissionId: eligible.id,
      reference: eligible.reference,
      createdAt: eligible.createdAt,
      firstName: "Fay",
      lastName: "Eligible",
      contactBy: "phone",
      contactDetail: "+44 20 7946 0958",
      contactTimes: ["evenings"],
      attemptCount: 0,
      attempts: [],
    });
  });

  it("gives the email address to a patient who chose email, and to one who chose phone but gave no number", async () => {
    const byEmail = await newSubmission("Byemail", { consent: { contactMethod: "email" }, patient: { email: "byemail@example.com" } });
    const noPhone = await newSubmission("Nophone", { patient: { phone: "", email: "nophone@example.com" } });
    expect(await listed(byEmail.id)).toMatchObject({ contactBy: "email", contactDetail: "byemail@example.com" });
    expect(await listed(noPhone.id)).toMatchObject({ contactBy: "email", contactDetail: "nophone@example.com" });
  });

  it("leaves a needs_review patient off it until a clinician approves them; other decisions keep them off", async () => {
    const flagged = await newSubmission("Flagged", { answers: needsReview });
    const refused = await newSubmission("Refused", { answers: needsReview });
    expect(flagged.outcome).toBe("needs_review");
    expect(await listed(flagged.id)).toBeUndefined();

    expect((await decideAs(clinician, flagged.id, { decision: "more_information_needed", note: "GP letter" })).status).toBe(201);
    expect(await listed(flagged.id)).toBeUndefined();
    expect((await decideAs(clinician, flagged.id, { decision: "approved_for_consultation" })).status).toBe(201);
    expect(await listed(flagged.id)).toMatchObject({ lastName: "Flagged", attemptCount: 0 });

    expect((await decideAs(clinician, refused.id, { decision: "not_suitable", note: "Keloids" })).status).toBe(201);
    expect(await listed(refused.id)).toBeUndefined();
  });

  it("takes an approved patient not yet reached off it when the decision changes", async () => {
    const changed = await newSubmission("Changed", { answers: needsReview });
    await decideAs(clinician, changed.id, { decision: "approved_for_consultation" });
    expect(await listed(changed.id)).toBeDefined();
    await decideAs(clinician, changed.id, { decision: "not_suitable", note: "Second look: keloids on the face" });
    expect(await listed(changed.id)).toBeUndefined();
  });

  it("lists oldest first, page by page, with no patient twice", async () => {
    const items = await wholeList();
    const times = items.map((item) => item.createdAt);
    expect(times).toEqual([...times].sort());
    expect(new Set(items.map((item) => item.submissionId)).size).toBe(items.length);
  });
});

describe("recording attempts", () => {
  it("keeps a patient with no answer on the list with the history, and clears them when booked; each attempt audited", async () => {
    const patient = await newSubmission("Booked");
    const first = await attemptAs(frontDesk, patient.id, { result: "no_answer", note: "  Rang twice, no voicemail  " });
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ id: expect.any(String), createdAt: expect.any(String) });
    expect(await listed(patient.id)).toMatchObject({
      attemptCount: 1,
      attempts: [{ result: "no_answer", note: "Rang twice, no voicemail", by: "Demo Front Desk", createdAt: expect.any(String) }],
    });

    expect((await attemptAs(admin, patient.id, { result: "reached_booked" })).status).toBe(201);
    expect(await listed(patient.id)).toBeUndefined();
    const stored = await db.contactAttempt.findMany({ where: { submissionId: patient.id }, orderBy: { createdAt: "asc" } });
    expect(stored.map((attempt) => [attempt.result, attempt.note])).toEqual([
      ["no_answer", "Rang twice, no voicemail"],
      ["reached_booked", null],
    ]);
    expect((await db.submission.findUniqueOrThrow({ where: { id: patient.id } })).followUp).toBe("booked");

    const audits = await db.auditEvent.findMany({ where: { recordId: patient.id, action: "submission.contact_attempt" }, orderBy: { at: "asc" } });
    expect(audits.map((audit) => [audit.actorRole, audit.outcome, audit.recordType])).toEqual([
      ["front_desk", "success", "submission"],
      ["admin", "success", "submission"],
    ]);
    expect(JSON.stringify(audits)).not.toContain("voicemail");
  });

  it("clears a patient who declined", async () => {
    const patient = await newSubmission("Declined");
    expect((await attemptAs(frontDesk, patient.id, { result: "reached_declined", note: "Chose another clinic" })).status).toBe(201);
    expect(await listed(patient.id)).toBeUndefined();
    expect((await db.submission.findUniqueOrThrow({ where: { id: patient.id } })).followUp).toBe("declined");
    // The staff's list says so too, beside a review status that stays "new" (no clinician needed).
    const response = await listSubmissions(new Request(`http://localhost/api/submissions?q=${patient.reference}`, { headers: frontDesk }));
    expect((await response.json()).items).toMatchObject([{ id: patient.id, reviewStatus: "new", followUp: "declined" }]);
  });

  it("answers 409 for a patient not on the list (booked, declined, never on it, withdrawn), and writes nothing", async () => {
    const booked = await newSubmission("Twice");
    await attemptAs(frontDesk, booked.id, { result: "reached_booked" });
    const flagged = await newSubmission("Notyet", { answers: needsReview });
    const withdrawn = await newSubmission("Withdrawn");
    expect((await withdraw(postJson(`/api/submissions/${withdrawn.id}/withdrawal`, { reason: "Duplicate" }, cookie(admin)), params(withdrawn.id))).status).toBe(201);

    for (const { id } of [booked, flagged, withdrawn]) {
      const before = await snapshot(id);
      const response = await attemptAs(frontDesk, id, { result: "no_answer" });
      expect(response.status, id).toBe(409);
      expect(await snapshot(id)).toEqual(before);
    }
  });

  it("drops a withdrawn patient from the list, and a restore puts them back", async () => {
    const patient = await newSubmission("Restored");
    expect(await listed(patient.id)).toBeDefined();
    await withdraw(postJson(`/api/submissions/${patient.id}/withdrawal`, { reason: "Looked like a duplicate" }, cookie(admin)), params(patient.id));
    expect(await listed(patient.id)).toBeUndefined();
    await restore(postJson(`/api/submissions/${patient.id}/restoration`, { reason: "It was not" }, cookie(admin)), params(patient.id));
    expect(await listed(patient.id)).toBeDefined();
  });

  it("answers 404 for an unknown submission", async () => {
    const response = await attemptAs(frontDesk, crypto.randomUUID(), { result: "no_answer" });
    expect(response.status).toBe(404);
  });

  it.each([
    { name: "no result", body: {}, path: "result" },
    { name: "a result not offered", body: { result: "left_message" }, path: "result" },
    { name: "a note too long", body: { result: "no_answer", note: "x".repeat(501) }, path: "note" },
    { name: "a note that is not text", body: { result: "no_answer", note: 42 }, path: "note" },
    { name: "an unknown field", body: { result: "no_answer", bookedFor: "tomorrow" }, path: "bookedFor" },
  ])("refuses $name with 400 and writes nothing", async ({ body, path }) => {
    const patient = await newSubmission("Invalid");
    const before = await snapshot(patient.id);
    const response = await attemptAs(frontDesk, patient.id, body);
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { issues: { path: string }[] };
    expect(problem.issues.map((issue) => issue.path)).toContain(path);
    expect(await snapshot(patient.id)).toEqual(before);
  });
});

describe("who may use the list", () => {
  it("answers 401 without a session and 403 to a clinician, for the list and for an attempt, and writes nothing", async () => {
    const patient = await newSubmission("Roles");
    const before = await snapshot(patient.id);
    expect((await listAs(undefined)).status).toBe(401);
    expect((await listAs(clinician)).status).toBe(403);
    expect((await attemptAs(undefined, patient.id, { result: "reached_booked" })).status).toBe(401);
    expect((await attemptAs(clinician, patient.id, { result: "reached_booked" })).status).toBe(403);
    expect(await snapshot(patient.id)).toEqual(before);
    expect(await db.auditEvent.count({ where: { recordId: patient.id, action: "access.denied" } })).toBe(2);
  });

  it("lets the front desk and an admin read it", async () => {
    expect((await listAs(frontDesk)).status).toBe(200);
    expect((await listAs(admin)).status).toBe(200);
  });

  it("refuses a bad cursor or limit with 400", async () => {
    expect((await listAs(frontDesk, "cursor=nonsense")).status).toBe(400);
    expect((await listAs(frontDesk, "limit=0")).status).toBe(400);
    expect((await listAs(frontDesk, "status=new")).status).toBe(400);
  });
});

describe("the migration that takes patients a clinician did not approve off the list", () => {
  const migration = readFileSync("prisma/migrations/20261126100000_follow_up_after_decisions/migration.sql", "utf8");
  const postgresqlMigration = readFileSync("prisma/postgresql/migrations/20261126100000_follow_up_after_decisions/migration.sql", "utf8");

  it("clears to_contact where the current decision is not an approval, and leaves every other patient as they were", async () => {
    expect(postgresqlMigration).toBe(migration);
    const { id: clinicianId } = await db.user.findUniqueOrThrow({ where: { email: DEMO_EMAILS.clinician } });
    const decisionsAt = async (id: string, decisions: [string, string][]) => {
      for (const [decision, at] of decisions) {
        await db.decision.create({ data: { id: crypto.randomUUID(), submissionId: id, decision, note: "n", decidedById: clinicianId, createdAt: new Date(at) } });
      }
    };
    // As the contact-attempts migration left them: eligible ones on the list whatever was decided.
    const turnedDown = await newSubmission("TurnedDown");
    const askedMore = await newSubmission("AskedMore");
    const approvedLast = await newSubmission("ApprovedLast");
    const undecided = await newSubmission("Undecided");
    const booked = await newSubmission("BookedBefore");
    await decisionsAt(turnedDown.id, [["not_suitable", "2019-01-05T09:00:00Z"]]);
    await decisionsAt(askedMore.id, [["approved_for_consultation", "2019-01-05T09:00:00Z"], ["more_information_needed", "2019-01-06T09:00:00Z"]]);
    await decisionsAt(approvedLast.id, [["not_suitable", "2019-01-05T09:00:00Z"], ["approved_for_consultation", "2019-01-06T09:00:00Z"]]);
    await decisionsAt(booked.id, [["not_suitable", "2019-01-05T09:00:00Z"]]);
    await db.submission.updateMany({ where: { id: { in: [turnedDown.id, askedMore.id, approvedLast.id, undecided.id] } }, data: { followUp: "to_contact" } });
    await db.submission.update({ where: { id: booked.id }, data: { followUp: "booked" } });

    await db.$executeRawUnsafe(migration);

    const followUpOf = async (id: string) => (await db.submission.findUniqueOrThrow({ where: { id }, select: { followUp: true } })).followUp;
    expect(await followUpOf(turnedDown.id)).toBeNull();
    expect(await followUpOf(askedMore.id)).toBeNull();
    expect(await followUpOf(approvedLast.id)).toBe("to_contact");
    expect(await followUpOf(undecided.id)).toBe("to_contact");
    expect(await followUpOf(booked.id)).toBe("booked");
  });
});
