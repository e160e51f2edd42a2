import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getOne } from "@/app/api/submissions/[id]/route";
import { POST as decide } from "@/app/api/submissions/[id]/decision/route";
import { GET as list } from "@/app/api/submissions/route";
import type { Answers, Patient } from "@/lib/questionnaire";
import { defaultPolicy } from "@/lib/screening";
import { getDatabase } from "@/lib/server/db/client";
import { createSubmission } from "@/lib/server/submissions/create-submission";
import { intakeWith, PATIENT } from "@/tests/fixtures/intake";
import { DEMO_EMAILS, seedStaff, signedInHeaders } from "@/tests/integration/staff-sessions";

const db = getDatabase();
let clinician: Headers;
let frontDesk: Headers;

beforeAll(async () => {
  await seedStaff();
  clinician = await signedInHeaders(DEMO_EMAILS.clinician);
  frontDesk = await signedInHeaders(DEMO_EMAILS.front_desk);
});
afterAll(() => db.$disconnect());

// Explicit, increasing times: two submissions in one millisecond would make the order a coin toss.
let clock = Date.now();
function newSubmission(answers: Partial<Answers>, patient: Partial<Patient> = {}) {
  clock += 1000;
  return createSubmission(db, { intake: intakeWith({ answers, patient }), policy: defaultPolicy, now: new Date(clock) });
}

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const withHeaders = (headers: Headers, extra: Record<string, string> = {}) => {
  const merged = new Headers(headers);
  for (const [key, value] of Object.entries(extra)) merged.set(key, value);
  return merged;
};
async function listAs(headers: Headers, query: string) {
  const response = await list(new Request(`http://localhost/api/submissions?${query}`, { headers }));
  expect(response.status).toBe(200);
  return (await response.json()) as { items: { id: string; reviewStatus: string; latestDecision: unknown }[]; nextCursor: string | null };
}
const viewAs = (headers: Headers, id: string) => getOne(new Request(`http://localhost/api/submissions/${id}`, { headers }), params(id));
const decideAs = (headers: Headers, id: string, body: unknown) =>
  decide(new Request(`http://localhost/api/submissions/${id}/decision`, { method: "POST", headers: withHeaders(headers, { "content-type": "application/json" }), body: JSON.stringify(body) }), params(id));

describe("the clinician's queue", () => {
  it("lists needs_review submissions without a decision oldest first, and drops one once decided", async () => {
    await db.submission.deleteMany({ where: { decisions: { none: {} } } });
    const first = await newSubmission({ bloodThinners: "yes" }, { firstName: "Olive", lastName: "Oldest" });
    await newSubmission({}, { firstName: "Eli", lastName: "Eligible" });
    const second = await newSubmission({ keloids: "unsure" }, { firstName: "Nia", lastName: "Newer" });

    const queue = await listAs(clinician, "outcome=needs_review&status=new&order=queue");
    expect(queue.items.map((item) => item.id)).toEqual([first.id, second.id]);

    expect((await decideAs(clinician, first.id, { decision: "approved_for_consultation" })).status).toBe(201);
    const after = await listAs(clinician, "outcome=needs_review&status=new&order=queue");
    expect(after.items.map((item) => item.id)).toEqual([second.id]);
  });

  it("filters by outcome, status, search and date, and pages with a cursor", async () => {
    const target = await newSubmission({ metalAllergy: "yes" }, { firstName: "Zoë", lastName: "Searchable", email: "zoe.s@example.com" });
    expect((await listAs(frontDesk, "q=searchABLE")).items.map((item) => item.id)).toEqual([target.id]);
    expect((await listAs(frontDesk, "q=zoe.s@EXAMPLE")).items.map((item) => item.id)).toEqual([target.id]);
    expect((await listAs(frontDesk, `q=${target.reference.toLowerCase()}`)).items.map((item) => item.id)).toEqual([target.id]);
    expect((await listAs(frontDesk, "q=searchable&outcome=eligible")).items).toEqual([]);
    expect((await listAs(frontDesk, "q=searchable&from=2999-01-01")).items).toEqual([]);
    const today = new Date(clock).toISOString().slice(0, 10);
    expect((await listAs(frontDesk, `q=searchable&from=${today}&to=${today}`)).items).toHaveLength(1);

    const all = await listAs(frontDesk, "limit=100");
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listAs>> = await listAs(frontDesk, `limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((item) => item.id));
  });

  it("answers 400 naming a bad filter", async () => {
    const response = await list(new Request("http://localhost/api/submissions?status=lost&limit=500", { headers: clinician }));
    expect(response.status).toBe(400);
    expect((await response.json()).issues.map((issue: { path: string }) => issue.path).sort()).toEqual(["limit", "status.0"]);
    const cursor = await list(new Request("http://localhost/api/submissions?cursor=not-a-cursor", { headers: clinician }));
    expect((await cursor.json()).issues).toEqual([{ path: "cursor", message: expect.stringMatching(/nextCursor/) }]);
  });

  it("takes several statuses: not yet decided is new and in_review", async () => {
    const opened = await newSubmission({ anestheticAllergy: "yes" }, { lastName: "Multistatus" });
    const fresh = await newSubmission({ anestheticAllergy: "yes" }, { lastName: "Multistatus" });
    const decided = await newSubmission({ anestheticAllergy: "yes" }, { lastName: "Multistatus" });
    await viewAs(clinician, opened.id);
    await decideAs(clinician, decided.id, { decision: "approved_for_consultation" });
    const open = await listAs(clinician, "q=multistatus&status=new,in_review&order=queue");
    expect(open.items.map((item) => item.id)).toEqual([opened.id, fresh.id]);
  });

  // Regression: with Prisma's cursor + skip, the next page started from the position of the
  // cursor row in the *new* result, so a row was skipped once the last row left the filter.
  it("does not skip a row when the last row of a page leaves the list", async () => {
    const rows = [];
    for (let i = 0; i < 4; i++) rows.push(await newSubmission({ immuneCondition: "yes" }, { lastName: `Pager${i}` }));
    const query = "q=pager&status=new&order=queue&limit=2";
    const first = await listAs(clinician, query);
    expect(first.items.map((item) => item.id)).toEqual([rows[0]!.id, rows[1]!.id]);

    await viewAs(clinician, rows[1]!.id); // now in_review: no longer in the list
    const second = await listAs(clinician, `${query}&cursor=${first.nextCursor}`);
    expect(second.items.map((item) => item.id)).toEqual([rows[2]!.id, rows[3]!.id]);
  });
});

describe("viewing and deciding", () => {
  it("moves a new submission to in_review when a clinician opens it, not when the front desk does", async () => {
    const { id } = await newSubmission({ recentInjectables: "yes" });
    expect((await viewAs(frontDesk, id)).status).toBe(200);
    expect((await db.submission.findUniqueOrThrow({ where: { id } })).reviewStatus).toBe("new");
    const detail = await (await viewAs(clinician, id)).json();
    expect(detail.reviewStatus).toBe("in_review");
    expect(detail.reasons.map((reason: { rule: string }) => reason.rule)).toEqual(["recent_injectables"]);
    expect(detail.patient).toMatchObject({ firstName: PATIENT.firstName, dateOfBirth: PATIENT.dateOfBirth, age: expect.any(Number) });
  });

  it("audits every view with no patient data in the entry", async () => {
    const { id } = await newSubmission({});
    await viewAs(clinician, id);
    await viewAs(clinician, id);
    const entries = await db.auditEvent.findMany({ where: { action: "submission.view", recordId: id } });
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ actorRole: "clinician", outcome: "success", recordType: "submission" });
    const stored = JSON.stringify(entries);
    for (const patientData of [PATIENT.firstName, PATIENT.lastName, PATIENT.dateOfBirth, PATIENT.email]) expect(stored).not.toContain(patientData);
  });

  it("keeps every decision; the newest is current", async () => {
    const { id } = await newSubmission({ changingMoles: "yes" });
    expect((await decideAs(clinician, id, { decision: "more_information_needed", note: "Photo of the mole, please." })).status).toBe(201);
    expect((await decideAs(clinician, id, { decision: "approved_for_consultation" })).status).toBe(201);

    const detail = await (await viewAs(clinician, id)).json();
    expect(detail.reviewStatus).toBe("decided");
    expect(detail.decisions.map((d: { decision: string; note: string | null }) => [d.decision, d.note])).toEqual([
      ["approved_for_consultation", null],
      ["more_information_needed", "Photo of the mole, please."],
    ]);
    const listed = await listAs(clinician, `q=${(await db.submission.findUniqueOrThrow({ where: { id } })).reference}`);
    expect(listed.items[0]?.latestDecision).toMatchObject({ decision: "approved_for_consultation", decidedBy: "Demo Clinician" });
    expect(await db.auditEvent.count({ where: { action: "submission.decide", recordId: id } })).toBe(2);
  });

  it("requires a note unless approving, and writes nothing for a bad decision", async () => {
    const { id } = await newSubmission({ keloids: "unsure" });
    const response = await decideAs(clinician, id, { decision: "not_suitable" });
    expect(response.status).toBe(400);
    expect((await response.json()).issues).toEqual([{ path: "note", message: expect.stringMatching(/note/i) }]);
    expect((await decideAs(clinician, id, { decision: "maybe", note: "x" })).status).toBe(400);
    expect(await db.decision.count({ where: { submissionId: id } })).toBe(0);
  });

  it("answers 404 for an unknown submission", async () => {
    expect((await viewAs(clinician, "no-such-id")).status).toBe(404);
    expect((await decideAs(clinician, "no-such-id", { decision: "approved_for_consultation" })).status).toBe(404);
  });

  it("refuses to change or delete a decision in the database", async () => {
    const { id } = await newSubmission({ metalAllergy: "yes" });
    await decideAs(clinician, id, { decision: "approved_for_consultation" });
    const decision = await db.decision.findFirstOrThrow({ where: { submissionId: id } });
    await expect(db.decision.update({ where: { id: decision.id }, data: { note: "rewritten" } })).rejects.toThrow();
    await expect(db.decision.delete({ where: { id: decision.id } })).rejects.toThrow();
  });
});
