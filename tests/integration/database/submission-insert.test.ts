import { afterAll, describe, expect, it } from "vitest";
import { getDatabase } from "@/lib/server/db/client";
import { deleteSubmittedDraftQuery } from "@/lib/server/drafts/delete-submitted-draft";
import { storeSubmission, type SubmissionRow } from "@/lib/server/submissions/insert-submission";
import { answersWith } from "@/tests/fixtures/intake";
import { queryPlans } from "@/tests/integration/query-plans";

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

/** A saved draft; its code's hash. */
async function draft(): Promise<string> {
  const codeHash = crypto.randomUUID();
  await db.draft.create({ data: { id: crypto.randomUUID(), codeHash, iv: Buffer.alloc(12), ciphertext: Buffer.alloc(16), updatedAt: new Date(), expiresAt: new Date(Date.now() + 60_000) } });
  return codeHash;
}

/** Stores `row` with nothing to write beside it. */
const storeAlone = (database: typeof db, submission: SubmissionRow) => storeSubmission(database, { row: submission, followers: () => [] });

const KEYS = ["id", "reference", "idempotencyKey"] as const;
const withoutKeys = <T extends Record<string, unknown>>(value: T) => Object.fromEntries(Object.entries(value).filter(([name]) => !(KEYS as readonly string[]).includes(name)));

describe("storeSubmission, the write of a new submission, shared with those arriving together", () => {
  it("stores every column exactly as Prisma's own create does", async () => {
    const raw = row();
    const viaOrm = row();
    expect(await storeAlone(db, raw)).toBe(true);
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
    expect(await storeAlone(db, first)).toBe(true);

    expect(await storeAlone(db, row({ id: first.id }))).toBe(false);
    expect(await storeAlone(db, row({ reference: first.reference }))).toBe(false);
    expect(await storeAlone(db, row({ idempotencyKey: first.idempotencyKey }))).toBe(false);
    expect(await db.submission.count({ where: { OR: [{ id: first.id }, { reference: first.reference }, { idempotencyKey: first.idempotencyKey }] } })).toBe(1);
  });

  it("stores submissions arriving together in one batch, each answered for its own row", async () => {
    const taken = row();
    expect(await storeAlone(db, taken)).toBe(true);
    const twin = row();
    const writes = [
      row(),
      row({ idempotencyKey: taken.idempotencyKey }),
      twin,
      // A double click: the same key twice in the same batch stores it once.
      row({ idempotencyKey: twin.idempotencyKey }),
      row({ reference: taken.reference }),
    ];
    // The first two each delete a draft with the row, the way a resumed intake does.
    const drafts = await Promise.all([0, 1].map(() => draft()));

    const stored = await Promise.all(
      writes.map((submission, index) => storeSubmission(db, { row: submission, followers: () => (index < 2 ? [deleteSubmittedDraftQuery(db, drafts[index]!, submission.id)] : []) })),
    );

    expect(stored).toEqual([true, false, true, false, false]);
    expect(await db.submission.count({ where: { id: { in: writes.map((submission) => submission.id) } } })).toBe(2);
    // The stored row's draft went with it; the follower of a row that was not stored changed nothing.
    expect(await db.draft.count({ where: { codeHash: { in: drafts } } })).toBe(1);
    expect(await db.draft.count({ where: { codeHash: drafts[1] } })).toBe(1);
  });

  it("fails only the request whose row the database refuses, and stores the others of its batch", async () => {
    const [before, after] = [row(), row()];
    const refused = row({ firstName: null as unknown as string });
    const drafts = await Promise.all([0, 1, 2].map(() => draft()));

    // Sent together, so the three share a batch: without the retry one by one, all three fail.
    const results = await Promise.allSettled(
      [before, refused, after].map((submission, index) =>
        storeSubmission(db, { row: submission, followers: () => [deleteSubmittedDraftQuery(db, drafts[index]!, submission.id)] }),
      ),
    );

    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await db.submission.count({ where: { id: { in: [before.id, refused.id, after.id] } } })).toBe(2);
    // Each stored row's draft went with it, on the second try; the refused row's stayed.
    expect((await db.draft.findMany({ where: { codeHash: { in: drafts } }, select: { codeHash: true } })).map(({ codeHash }) => codeHash)).toEqual([drafts[1]]);
  });

  it("does the same for a batch without followers, which goes straight to the driver adapter", async () => {
    const [before, refused, after] = [row(), row({ firstName: null as unknown as string }), row()];

    let results: PromiseSettledResult<boolean>[] = [];
    const sent = await queryPlans(async (recorded) => {
      results = await Promise.allSettled([before, refused, after].map((submission) => storeAlone(recorded, submission)));
    });

    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await db.submission.count({ where: { id: { in: [before.id, refused.id, after.id] } } })).toBe(2);
    // One INSERT held all three rows; once the database refused it, each row went alone.
    const inserts = sent.filter(({ sql }) => /^\s*INSERT INTO "submissions"/.test(sql));
    expect(inserts.map(({ args }) => [before, refused, after].filter((submission) => args.includes(submission.id)).length)).toEqual([3, 1, 1, 1]);
  });
});
