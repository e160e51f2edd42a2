import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as decide } from "@/app/api/submissions/[id]/decision/route";
import { POST as restore } from "@/app/api/submissions/[id]/restoration/route";
import { GET as getOne } from "@/app/api/submissions/[id]/route";
import { POST as withdraw } from "@/app/api/submissions/[id]/withdrawal/route";
import { GET as list } from "@/app/api/submissions/route";
import type { Answers, Patient } from "@/lib/questionnaire";
import { defaultPolicy } from "@/lib/screening";
import type { Actor } from "@/lib/staff/types";
import type { SubmissionDetail } from "@/lib/submissions/types";
import { getDatabase } from "@/lib/server/db/client";
import { createSubmission } from "@/lib/server/submissions/create-submission";
import { exportSubmissionsCsv } from "@/lib/server/submissions/export-csv";
import { countSubmissions } from "@/lib/server/submissions/list-submissions";
import { withdrawSubmission } from "@/lib/server/submissions/withdraw-submission";
import { writeWithdrawalChange } from "@/lib/server/submissions/withdrawal-change";
import { intakeWith } from "@/tests/fixtures/intake";
import { postJson } from "@/tests/integration/requests";
import { DEMO_EMAILS, seedStaff, signedInHeaders } from "@/tests/integration/staff-sessions";

const db = getDatabase();
let admin: Headers;
let clinician: Headers;
let frontDesk: Headers;
let adminActor: Actor;

beforeAll(async () => {
  await seedStaff();
  [admin, clinician, frontDesk] = await Promise.all([
    signedInHeaders(DEMO_EMAILS.admin),
    signedInHeaders(DEMO_EMAILS.clinician),
    signedInHeaders(DEMO_EMAILS.front_desk),
  ]);
  const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_EMAILS.admin } });
  adminActor = { id: user.id, name: user.name, role: "admin", ipAddress: null };
});
afterAll(() => db.$disconnect());

// Explicit, increasing times: two submissions in one millisecond would make the list's order a coin toss.
let clock = Date.now() - 3_600_000;
function newSubmission(lastName: string, answers: Partial<Answers> = { keloids: "unsure" }, patient: Partial<Patient> = {}) {
  clock += 1000;
  return createSubmission(db, { intake: intakeWith({ answers, patient: { firstName: "Junk", lastName, ...patient } }), policy: defaultPolicy, now: new Date(clock) });
}

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const cookie = (headers: Headers) => Object.fromEntries(headers.entries());
const withdrawAs = (headers: Headers, id: string, body: unknown) => withdraw(postJson(`/api/submissions/${id}/withdrawal`, body, cookie(headers)), params(id));
const restoreAs = (headers: Headers, id: string, body: unknown) => restore(postJson(`/api/submissions/${id}/restoration`, body, cookie(headers)), params(id));
const decideAs = (headers: Headers, id: string, body: unknown) => decide(postJson(`/api/submissions/${id}/decision`, body, cookie(headers)), params(id));
async function viewAs(headers: Headers, id: string): Promise<SubmissionDetail> {
  const response = await getOne(new Request(`http://localhost/api/submissions/${id}`, { headers }), params(id));
  expect(response.status).toBe(200);
  return response.json();
}
async function listedIds(query: string): Promise<string[]> {
  const response = await list(new Request(`http://localhost/api/submissions?${query}`, { headers: clinician }));
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: { id: string }[] }).items.map((item) => item.id);
}
const rowCounts = async (submissionId: string) => ({
  withdrawals: await db.submissionWithdrawal.count({ where: { submissionId } }),
  audits: await db.auditEvent.count({ where: { recordId: submissionId, action: { in: ["submission.withdraw", "submission.restore"] } } }),
});

describe("withdrawing a submission", () => {
  it("takes it out of the queue with the reason, who and when, audited without patient data or the reason", async () => {
    const junk = await newSubmission("Withdrawme", { keloids: "unsure" }, { email: "withdrawme@example.com" });
    const response = await withdrawAs(admin, junk.id, { reason: "  Test entry from the web team  " });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: expect.any(String), createdAt: expect.any(String) });

    const detail = await viewAs(admin, junk.id);
    expect(detail.reviewStatus).toBe("withdrawn");
    expect(detail.withdrawals).toEqual([{ id: expect.any(String), action: "withdrawn", reason: "Test entry from the web team", by: "Demo Admin", createdAt: expect.any(String) }]);
    expect(await db.submissionWithdrawal.findFirstOrThrow({ where: { submissionId: junk.id } })).toMatchObject({ previousStatus: "new" });

    const [audit] = await db.auditEvent.findMany({ where: { action: "submission.withdraw", recordId: junk.id } });
    expect(audit).toMatchObject({ actorRole: "admin", outcome: "success", recordType: "submission" });
    const stored = JSON.stringify(audit);
    for (const secret of ["Withdrawme", "withdrawme@example.com", "Test entry"]) expect(stored).not.toContain(secret);
  });

  it("leaves every list, search, count and export, and is listed only by its own status", async () => {
    const kept = await newSubmission("Listcheck");
    const junk = await newSubmission("Listcheck");
    const before = await countSubmissions(db, { q: "junk listcheck" });
    expect(before).toMatchObject({ toReview: 2, all: 2, new: 2, withdrawn: 0 });

    expect((await withdrawAs(admin, junk.id, { reason: "Duplicate" })).status).toBe(201);
    expect(await listedIds("q=listcheck")).toEqual([kept.id]);
    expect(await listedIds("q=listcheck&status=new,in_review&outcome=needs_review&order=queue")).toEqual([kept.id]);
    expect(await listedIds("q=listcheck&status=withdrawn")).toEqual([junk.id]);
    expect(await countSubmissions(db, { q: "junk listcheck" })).toEqual({ toReview: 1, all: 1, new: 1, in_review: 0, awaiting_information: 0, decided: 0, withdrawn: 1 });

    const csv = await exportSubmissionsCsv(db, adminActor, { q: "listcheck", order: "newest" });
    expect(csv.rowCount).toBe(1);
    expect(csv.csv).toContain(kept.reference);
    expect(csv.csv).not.toContain(junk.reference);
  });

  it("still opens for any staff member, and a clinician opening it leaves it withdrawn", async () => {
    const junk = await newSubmission("Stillopens");
    await withdrawAs(admin, junk.id, { reason: "Spam" });
    expect((await viewAs(frontDesk, junk.id)).reviewStatus).toBe("withdrawn");
    expect((await viewAs(clinician, junk.id)).reviewStatus).toBe("withdrawn");
  });

  it("answers 409 for a submission already withdrawn, and writes nothing", async () => {
    const junk = await newSubmission("Twice");
    await withdrawAs(admin, junk.id, { reason: "Duplicate" });
    const again = await withdrawAs(admin, junk.id, { reason: "Duplicate again" });
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({ error: "conflict" });
    expect(await rowCounts(junk.id)).toEqual({ withdrawals: 1, audits: 1 });
  });

  it("lets only one of two concurrent withdrawals through", async () => {
    const junk = await newSubmission("Race");
    const results = await Promise.allSettled([
      withdrawSubmission(db, adminActor, { submissionId: junk.id, reason: "First" }),
      withdrawSubmission(db, adminActor, { submissionId: junk.id, reason: "Second" }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((result) => result.status === "rejected");
    expect(refused?.reason).toMatchObject({ code: "conflict" });
    expect(await rowCounts(junk.id)).toEqual({ withdrawals: 1, audits: 1 });
  });

  it("writes nothing when the status changed since it was read", async () => {
    const opened = await newSubmission("Stale");
    await viewAs(clinician, opened.id); // now in_review
    const stale = writeWithdrawalChange(db, adminActor, { submissionId: opened.id, action: "withdrawn", from: "new", to: "withdrawn", reason: "Spam", now: new Date() });
    await expect(stale).rejects.toMatchObject({ code: "conflict" });
    expect(await rowCounts(opened.id)).toEqual({ withdrawals: 0, audits: 0 });
    expect((await viewAs(frontDesk, opened.id)).reviewStatus).toBe("in_review");
  });

  it("refuses a decision on a withdrawn submission (409), which would put it back in the queue", async () => {
    const junk = await newSubmission("Nodecision");
    await withdrawAs(admin, junk.id, { reason: "Test entry" });
    const response = await decideAs(clinician, junk.id, { decision: "approved_for_consultation" });
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: "conflict" });
    expect(await db.decision.count({ where: { submissionId: junk.id } })).toBe(0);
    expect((await viewAs(admin, junk.id)).reviewStatus).toBe("withdrawn");
  });

  it.each([
    ["no reason", {}, "Write a reason"],
    ["a blank reason", { reason: "   " }, "Write a reason, for example"],
    ["a reason over 500 characters", { reason: "x".repeat(501) }, "Use 500 characters or fewer"],
  ])("answers 400 for %s, naming the field, and writes nothing", async (_name, body, message) => {
    const junk = await newSubmission("Badreason");
    const response = await withdrawAs(admin, junk.id, body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "invalid_request", issues: [{ path: "reason", message: expect.stringContaining(message) }] });
    expect(await rowCounts(junk.id)).toEqual({ withdrawals: 0, audits: 0 });
  });

  it("answers 400 for an unknown field and 404 for an unknown submission", async () => {
    const junk = await newSubmission("Unknownfield");
    expect((await withdrawAs(admin, junk.id, { reason: "Spam", erase: true })).status).toBe(400);
    const missing = await withdrawAs(admin, "no-such-id", { reason: "Spam" });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: "not_found" });
  });

  it("is for admins only: 403 for clinicians and the front desk (audited), 401 without a session", async () => {
    const junk = await newSubmission("Notallowed");
    for (const headers of [clinician, frontDesk]) {
      expect((await withdrawAs(headers, junk.id, { reason: "Spam" })).status).toBe(403);
      expect((await restoreAs(headers, junk.id, { reason: "Spam" })).status).toBe(403);
    }
    expect((await withdrawAs(new Headers(), junk.id, { reason: "Spam" })).status).toBe(401);
    expect(await db.auditEvent.count({ where: { action: "access.denied", recordId: junk.id } })).toBe(5);
    expect(await rowCounts(junk.id)).toEqual({ withdrawals: 0, audits: 0 });
  });

  it("keeps its history in the database for good: rows cannot be changed or deleted", async () => {
    const junk = await newSubmission("Appendonly");
    await withdrawAs(admin, junk.id, { reason: "Spam" });
    const row = await db.submissionWithdrawal.findFirstOrThrow({ where: { submissionId: junk.id } });
    await expect(db.submissionWithdrawal.update({ where: { id: row.id }, data: { reason: "rewritten" } })).rejects.toThrow();
    await expect(db.submissionWithdrawal.delete({ where: { id: row.id } })).rejects.toThrow();
    await expect(db.submission.delete({ where: { id: junk.id } })).rejects.toThrow();
  });
});

describe("restoring a submission", () => {
  const leaveNew = async (): Promise<unknown> => undefined;
  const openForReview = (id: string): Promise<unknown> => viewAs(clinician, id);
  const approve = (id: string): Promise<unknown> => decideAs(clinician, id, { decision: "approved_for_consultation" });
  const askForInformation = (id: string): Promise<unknown> => decideAs(clinician, id, { decision: "more_information_needed", note: "GP letter" });
  it.each([
    ["new", leaveNew],
    ["in_review", openForReview],
    ["awaiting_information", askForInformation],
    ["decided", approve],
  ] as const)("puts a %s submission back where it was, keeping every withdrawal and restore", async (status, prepare) => {
    const junk = await newSubmission(`Restore${status.replaceAll("_", "")}`);
    await prepare(junk.id);
    // A minute ago, so that the restore below is surely the newer entry.
    await withdrawSubmission(db, adminActor, { submissionId: junk.id, reason: "Looked like a duplicate", now: new Date(Date.now() - 60_000) });
    const response = await restoreAs(admin, junk.id, { reason: "Not a duplicate after all" });
    expect(response.status).toBe(201);

    // The front desk's view: an admin's would move a new submission on to in_review.
    const detail = await viewAs(frontDesk, junk.id);
    expect(detail.reviewStatus).toBe(status);
    expect(detail.withdrawals.map((entry) => [entry.action, entry.reason, entry.by])).toEqual([
      ["restored", "Not a duplicate after all", "Demo Admin"],
      ["withdrawn", "Looked like a duplicate", "Demo Admin"],
    ]);
    expect(await db.auditEvent.count({ where: { action: "submission.restore", recordId: junk.id } })).toBe(1);
    expect(await listedIds(`q=restore${status.replaceAll("_", "")}`)).toEqual([junk.id]);
  });

  it("answers 409 for a submission that is not withdrawn, and writes nothing", async () => {
    const kept = await newSubmission("Notwithdrawn");
    const response = await restoreAs(admin, kept.id, { reason: "By mistake" });
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: "conflict" });
    expect(await rowCounts(kept.id)).toEqual({ withdrawals: 0, audits: 0 });
  });

  it("needs a reason too, and answers 404 for an unknown submission", async () => {
    const junk = await newSubmission("Restorereason");
    await withdrawAs(admin, junk.id, { reason: "Spam" });
    const response = await restoreAs(admin, junk.id, { reason: "" });
    expect(response.status).toBe(400);
    expect((await response.json()).issues).toEqual([{ path: "reason", message: expect.stringContaining("Write a reason") }]);
    expect((await restoreAs(admin, "no-such-id", { reason: "Back" })).status).toBe(404);
    expect((await viewAs(admin, junk.id)).reviewStatus).toBe("withdrawn");
  });
});
