import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as decide } from "@/app/api/submissions/[id]/decision/route";
import { GET as list } from "@/app/api/submissions/route";
import type { Answers, Patient } from "@/lib/questionnaire";
import { defaultPolicy } from "@/lib/screening";
import type { Actor } from "@/lib/staff/types";
import { QUEUE_TABS, queueTab } from "@/lib/submissions/queue-tabs";
import type { Decision } from "@/lib/vocabulary";
import { getDatabase } from "@/lib/server/db/client";
import { createSubmission } from "@/lib/server/submissions/create-submission";
import { getNextInQueue } from "@/lib/server/submissions/get-next-in-queue";
import { countSubmissions } from "@/lib/server/submissions/list-submissions";
import { openSubmission } from "@/lib/server/submissions/open-submission";
import { withdrawSubmission } from "@/lib/server/submissions/withdraw-submission";
import { intakeWith } from "@/tests/fixtures/intake";
import { DEMO_EMAILS, seedStaff, signedInHeaders } from "@/tests/integration/staff-sessions";

const db = getDatabase();
let clinician: Headers;
let clinicianActor: Actor;
let adminActor: Actor;

beforeAll(async () => {
  await seedStaff();
  clinician = await signedInHeaders(DEMO_EMAILS.clinician);
  const user = (email: string) => db.user.findUniqueOrThrow({ where: { email } });
  const [c, a] = await Promise.all([user(DEMO_EMAILS.clinician), user(DEMO_EMAILS.admin)]);
  clinicianActor = { id: c.id, name: c.name, role: "clinician", ipAddress: null };
  adminActor = { id: a.id, name: a.name, role: "admin", ipAddress: null };
});
afterAll(() => db.$disconnect());

/** Submissions at explicit times, so that "oldest" is certain; each test uses its own era. */
function submitAt(at: string, answers: Partial<Answers>, patient: Partial<Patient> = {}) {
  return createSubmission(db, { intake: intakeWith({ answers, patient }), policy: defaultPolicy, now: new Date(at) });
}

const params = (id: string) => ({ params: Promise.resolve({ id }) });
async function decideAs(id: string, decision: Decision, note = "Waiting for the GP's letter.") {
  const body = decision === "approved_for_consultation" ? { decision } : { decision, note };
  const response = await decide(
    new Request(`http://localhost/api/submissions/${id}/decision`, {
      method: "POST",
      headers: new Headers([...clinician.entries(), ["content-type", "application/json"]]),
      body: JSON.stringify(body),
    }),
    params(id),
  );
  expect(response.status).toBe(201);
}
async function listAs(query: string) {
  const response = await list(new Request(`http://localhost/api/submissions?${query}`, { headers: clinician }));
  return { status: response.status, body: await response.json() };
}
const idsOf = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);
const statusOf = async (id: string) => (await db.submission.findUniqueOrThrow({ where: { id } })).reviewStatus;

describe("awaiting information", () => {
  it("is where more_information_needed puts a case: listed under its own status and tab, not decided nor to review", async () => {
    const { id } = await submitAt("2026-11-02T09:00:00Z", { bloodThinners: "yes" }, { lastName: "Awaitwell" });
    const counts = () => countSubmissions(db, { q: "awaitwell" });
    expect(await counts()).toMatchObject({ toReview: 1, awaiting_information: 0, decided: 0, all: 1 });

    await decideAs(id, "more_information_needed");

    expect(await statusOf(id)).toBe("awaiting_information");
    const awaiting = await listAs("status=awaiting_information&q=awaitwell");
    expect(awaiting.status).toBe(200);
    expect(idsOf(awaiting.body)).toEqual([id]);
    expect(awaiting.body.items[0]).toMatchObject({ reviewStatus: "awaiting_information", latestDecision: { decision: "more_information_needed" } });
    expect(idsOf((await listAs("status=decided&q=awaitwell")).body)).toEqual([]);
    expect(idsOf((await listAs("status=new,in_review&q=awaitwell")).body)).toEqual([]);
    const after = await counts();
    expect(after).toMatchObject({ toReview: 0, new: 0, in_review: 0, awaiting_information: 1, decided: 0, all: 1 });
    expect(queueTab("awaiting_information").count(after)).toBe(1);
    expect(queueTab("decided").count(after)).toBe(0);
  });

  it("stays there while more information is asked for, and moves on with a final decision", async () => {
    const { id } = await submitAt("2026-11-03T09:00:00Z", { changingMoles: "yes" }, { lastName: "Movesonly" });
    await decideAs(id, "more_information_needed");
    await decideAs(id, "more_information_needed", "And a photo of the mole.");
    expect(await statusOf(id)).toBe("awaiting_information");

    await decideAs(id, "not_suitable", "The letter says the mole is being investigated.");
    expect(await statusOf(id)).toBe("decided");
    expect(idsOf((await listAs("status=awaiting_information&q=movesonly")).body)).toEqual([]);
    expect(idsOf((await listAs("status=decided&q=movesonly")).body)).toEqual([id]);
    expect(await countSubmissions(db, { q: "movesonly" })).toMatchObject({ awaiting_information: 0, decided: 1 });
  });

  it("is counted as withdrawn, not awaiting, while withdrawn", async () => {
    const { id } = await submitAt("2026-11-04T09:00:00Z", { keloids: "unsure" }, { lastName: "Restoria" });
    await decideAs(id, "more_information_needed");
    await withdrawSubmission(db, adminActor, { submissionId: id, reason: "Looked like a duplicate." });
    expect(await countSubmissions(db, { q: "restoria" })).toMatchObject({ awaiting_information: 0, withdrawn: 1 });
  });
});

describe("the list's items and status filter", () => {
  it("gives each item its age, the ids of its reasons and its follow-up, and nothing more than before", async () => {
    const { id } = await submitAt("2026-11-05T09:00:00Z", { bloodThinners: "yes", coldSores: "history" }, { lastName: "Itemised", dateOfBirth: "1990-05-01" });
    const { body } = await listAs("q=itemised");
    const [item] = body.items;
    expect(item.id).toBe(id);
    expect(Object.keys(item).sort()).toEqual(
      ["age", "createdAt", "dateOfBirth", "email", "firstName", "followUp", "id", "lastName", "latestDecision", "outcome", "reasons", "reference", "reviewStatus"].sort(),
    );
    expect(item.reasons).toEqual(["blood_thinners", "cold_sore_history"]);
    expect(item.followUp).toBeNull();
    const today = new Date().toISOString().slice(0, 10);
    const birthdayPassed = today.slice(5) >= "05-01";
    expect(item.age).toBe(Number(today.slice(0, 4)) - 1990 - (birthdayPassed ? 0 : 1));
  });

  it("answers 400 for an unknown status, naming awaiting_information among the known ones, and writes nothing", async () => {
    const before = await db.auditEvent.count();
    const { status, body } = await listAs("status=awaiting");
    expect(status).toBe(400);
    expect(body.issues).toEqual([{ path: "status.0", message: "Use new, in_review, awaiting_information, decided or withdrawn, separated by commas" }]);
    expect(await db.auditEvent.count()).toBe(before);
  });
});

describe("next in queue", () => {
  it("is the oldest other case of the same tab, whatever case was open", async () => {
    // The oldest rows of the whole file: 2020, so nothing else in "To review" comes first.
    const oldest = await submitAt("2020-01-06T09:00:00Z", { bloodThinners: "yes" });
    const middle = await submitAt("2020-01-07T09:00:00Z", { keloids: "unsure" });
    const newest = await submitAt("2020-01-08T09:00:00Z", { metalAllergy: "yes" });
    const next = (currentId: string, tabId?: string) => getNextInQueue(db, clinicianActor, { tabId, currentId });

    expect(await next(oldest.id)).toEqual({ id: middle.id, reference: middle.reference });
    expect(await next(middle.id)).toEqual({ id: oldest.id, reference: oldest.reference });
    await decideAs(oldest.id, "approved_for_consultation");
    expect(await next(oldest.id)).toEqual({ id: middle.id, reference: middle.reference });

    // "In review" holds only what a clinician opened.
    await openSubmission(db, clinicianActor, { id: newest.id });
    expect(await next(middle.id, "in_review")).toEqual({ id: newest.id, reference: newest.reference });
    expect(await next(newest.id, "in_review")).toBeNull();
  });

  it("in To review, goes to a case nobody has opened before one a colleague may have open", async () => {
    // Older still than the test above's, so that these lead "To review".
    const opened = await submitAt("2019-01-06T09:00:00Z", { bloodThinners: "yes" });
    const unopened = await submitAt("2019-01-07T09:00:00Z", { keloids: "unsure" });
    const current = await submitAt("2019-01-08T09:00:00Z", { metalAllergy: "yes" });
    await openSubmission(db, clinicianActor, { id: opened.id });
    await openSubmission(db, clinicianActor, { id: current.id });
    const next = () => getNextInQueue(db, clinicianActor, { tabId: undefined, currentId: current.id });

    expect(await next()).toEqual({ id: unopened.id, reference: unopened.reference });
    // With every unopened case decided, the opened ones follow, oldest first.
    await decideAs(unopened.id, "approved_for_consultation");
    const stillNew = await db.submission.findMany({ where: { reviewStatus: "new", outcome: "needs_review", id: { not: current.id } }, select: { id: true } });
    for (const { id } of stillNew) await decideAs(id, "approved_for_consultation");
    expect(await next()).toEqual({ id: opened.id, reference: opened.reference });
  });

  it("stays in the Awaiting information tab, oldest first", async () => {
    const first = await submitAt("2020-02-03T09:00:00Z", { changingMoles: "yes" });
    const second = await submitAt("2020-02-04T09:00:00Z", { changingMoles: "yes" });
    await decideAs(first.id, "more_information_needed");
    await decideAs(second.id, "more_information_needed");
    const next = (currentId: string) => getNextInQueue(db, clinicianActor, { tabId: "awaiting_information", currentId });
    expect(await next(second.id)).toEqual({ id: first.id, reference: first.reference });
    await decideAs(first.id, "approved_for_consultation");
    expect(await next(first.id)).toEqual({ id: second.id, reference: second.reference });
  });

  it("walks a tab listed newest first from the current case on, and ignores a tab the role may not see", async () => {
    const older = await submitAt("2019-03-04T09:00:00Z", {});
    const newer = await submitAt("2019-03-05T09:00:00Z", {});
    await decideAs(older.id, "approved_for_consultation");
    await decideAs(newer.id, "approved_for_consultation");
    expect(await getNextInQueue(db, clinicianActor, { tabId: "decided", currentId: newer.id })).toEqual({ id: older.id, reference: older.reference });
    // A clinician has no "Withdrawn" tab: the default tab stands in.
    const tab = QUEUE_TABS[0];
    const next = await getNextInQueue(db, clinicianActor, { tabId: "withdrawn", currentId: older.id });
    expect(next && (await db.submission.findUniqueOrThrow({ where: { id: next.id } })).outcome).toBe(tab.filter.outcome);
  });

  it("answers not_found for an unknown submission", async () => {
    await expect(getNextInQueue(db, clinicianActor, { tabId: undefined, currentId: "no-such-id" })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("the migration to awaiting_information", () => {
  const migration = readFileSync("prisma/migrations/20261125110000_awaiting_information/migration.sql", "utf8");
  const postgresqlMigration = readFileSync("prisma/postgresql/migrations/20261125110000_awaiting_information/migration.sql", "utf8");

  it("moves decided submissions whose latest decision asks for more information, and no others", async () => {
    expect(postgresqlMigration).toBe(migration);
    const clinicianId = clinicianActor.id;
    const decisionsAt = async (id: string, decisions: [Decision, string][]) => {
      for (const [decision, at] of decisions) {
        await db.decision.create({ data: { id: crypto.randomUUID(), submissionId: id, decision, note: "n", decidedById: clinicianId, createdAt: new Date(at) } });
      }
    };
    // As the data stood before: every decision made a submission "decided".
    const waiting = await submitAt("2018-01-01T09:00:00Z", { bloodThinners: "yes" });
    const answered = await submitAt("2018-01-02T09:00:00Z", { bloodThinners: "yes" });
    const askedAgain = await submitAt("2018-01-03T09:00:00Z", { bloodThinners: "yes" });
    const withdrawn = await submitAt("2018-01-04T09:00:00Z", { bloodThinners: "yes" });
    await decisionsAt(waiting.id, [["more_information_needed", "2018-01-05T09:00:00Z"]]);
    await decisionsAt(answered.id, [["more_information_needed", "2018-01-05T09:00:00Z"], ["approved_for_consultation", "2018-01-06T09:00:00Z"]]);
    await decisionsAt(askedAgain.id, [["not_suitable", "2018-01-05T09:00:00Z"], ["more_information_needed", "2018-01-06T09:00:00Z"]]);
    await decisionsAt(withdrawn.id, [["more_information_needed", "2018-01-05T09:00:00Z"]]);
    await db.submission.updateMany({ where: { id: { in: [waiting.id, answered.id, askedAgain.id] } }, data: { reviewStatus: "decided" } });
    await db.submission.update({ where: { id: withdrawn.id }, data: { reviewStatus: "withdrawn" } });

    await db.$executeRawUnsafe(migration);

    expect(await statusOf(waiting.id)).toBe("awaiting_information");
    expect(await statusOf(answered.id)).toBe("decided");
    expect(await statusOf(askedAgain.id)).toBe("awaiting_information");
    expect(await statusOf(withdrawn.id)).toBe("withdrawn");
  });
});
