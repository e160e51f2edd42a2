import { afterAll, describe, expect, it } from "vitest";
import { getDatabase } from "@/lib/server/db/client";
import { insertSubmission, type SubmissionRow } from "@/lib/server/submissions/insert-submission";
import { answersWith } from "@/tests/fixtures/intake";

const db = getDatabase();
afterAll(() => db.$disconnect());

function row(changes: Partial<SubmissionRow> = {}): SubmissionRow {
  const now = new Date("2026-11-23T09:15:42.123Z");
  return {
    id: crypto.randomUUID(),
    reference: `MN-${crypto.randomUUID().slice(0, 4).toUpperCase()}-T1`,
    createdAt: now,
    questionnaireVersion: 1,
    firstName: "Zoë",
    lastName: "O'Brien",
    nameSearch: "zoë o'brien",
    surnameSearch: "o'brien zoë",
    dateOfBirth: "1990-02-28",
    email: "Zoe@Example.com",
    emailSearch: "zoe@example.com",
    phone: null,
    answers: answersWith({ bloodThinners: "yes", medications: "Warfarin \"5 mg\"" }),
    outcome: "needs_review",
    reasons: [{ rule: "blood_thinners", level: "review", questions: ["bloodThinners"] }],
    policyVersion: "2026-11.1",
    consentStoreAndReview: true,
    consentAccurate: true,
    signature: "Zoë O'Brien",
    consentedAt: now,
    idempotencyKey: crypto.randomUUID(),
    requestHash: "a".repeat(64),
    ...changes,
  };
}

/** Every column of a stored row as the database's own text, so that stored forms compare exactly. */
async function storedText(id: string): Promise<Record<string, string | null>> {
  const columns = Object.keys(row()).map((column) => `CAST("${column}" AS TEXT) AS "${column}"`);
  const [stored] = await db.$queryRawUnsafe<Record<string, string | null>[]>(`SELECT ${columns.join(", ")} FROM "submissions" WHERE "id" = '${id}'`);
  if (!stored) throw new Error(`no row ${id}`);
  return stored;
}

const KEYS = ["id", "reference", "idempotencyKey"] as const;
const withoutKeys = <T extends Record<string, unknown>>(value: T) => Object.fromEntries(Object.entries(value).filter(([name]) => !(KEYS as readonly string[]).includes(name)));

describe("insertSubmission, the one-statement write of a new submission", () => {
  it("stores every column exactly as Prisma's own create does", async () => {
    const raw = row();
    const viaOrm = row();
    expect(await insertSubmission(db, raw)).toBe(true);
    await db.submission.create({ data: viaOrm });

    // The same stored text (dates, booleans and Json in each database's form)...
    expect(withoutKeys(await storedText(raw.id))).toEqual(withoutKeys(await storedText(viaOrm.id)));
    // ...so both read back through Prisma alike.
    const [a, b] = await Promise.all([raw.id, viaOrm.id].map((id) => db.submission.findUniqueOrThrow({ where: { id } })));
    expect(withoutKeys(a!)).toEqual(withoutKeys(b!));
    expect(a).toMatchObject({ createdAt: raw.createdAt, answers: raw.answers, reasons: raw.reasons, reviewStatus: "new" });
  });

  it("stores nothing, without failing, when the id, the reference or the idempotency key is taken", async () => {
    const first = row();
    expect(await insertSubmission(db, first)).toBe(true);

    expect(await insertSubmission(db, row({ id: first.id }))).toBe(false);
    expect(await insertSubmission(db, row({ reference: first.reference }))).toBe(false);
    expect(await insertSubmission(db, row({ idempotencyKey: first.idempotencyKey }))).toBe(false);
    expect(await db.submission.count({ where: { OR: [{ id: first.id }, { reference: first.reference }, { idempotencyKey: first.idempotencyKey }] } })).toBe(1);
  });
});
