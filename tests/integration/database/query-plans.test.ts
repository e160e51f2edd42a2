import { beforeAll, describe, expect, it } from "vitest";
import { COUNT_LIMIT, countLabel, QUEUE_TABS, queueTab, tabFilter } from "@/lib/submissions/queue-tabs";
import { REVIEW_STATUSES } from "@/lib/vocabulary";
import type { SubmissionFilter } from "@/lib/submissions/types";
import { createDatabaseClient, getDatabase, providerOf, type Database } from "@/lib/server/db/client";
import { encodeCursor } from "@/lib/server/db/keyset-cursor";
import { countSubmissions, listSubmissions } from "@/lib/server/submissions/list-submissions";
import { MATCHES_BY_ID } from "@/lib/server/submissions/search";
import { planOf, queryPlans } from "@/tests/integration/query-plans";

// Every query an index must serve, planned on a table of 100,000 submissions with the
// statistics a real database has (ANALYZE): the database must neither read the whole table
// nor sort more than what an index already narrowed. A plan that walks an index in order
// and stops at the page's LIMIT is what keeps a page as fast at 100,000 rows as at 100.

const db = getDatabase();
const provider = providerOf(db);
const ROWS = 100_000;

/** Two years of history: most rows decided long ago, a few hundred waiting, all outcomes. */
async function seed(database: Database): Promise<void> {
  const columns = `id, reference, "createdAt", "questionnaireVersion", "firstName", "lastName", "nameSearch", "surnameSearch",
    "dateOfBirth", email, "emailSearch", answers, outcome, reasons, "policyVersion", "reviewStatus",
    "consentStoreAndReview", "consentAccurate", signature, "consentedAt", "requestHash"`;
  // n = 1 is the newest; n < 1000 still waits for a clinician; one in 500, of every age, waits
  // for information; one in 5,000 was withdrawn as junk.
  const status = `CASE WHEN n % 5000 = 3 THEN 'withdrawn' WHEN n % 500 = 7 THEN 'awaiting_information'
    WHEN n % 1000 = n AND n % 2 = 0 THEN 'new' WHEN n % 1000 = n THEN 'in_review' ELSE 'decided' END`;
  const outcome = `CASE WHEN n % 25 < 18 THEN 'eligible' WHEN n % 25 < 22 THEN 'needs_review' ELSE 'not_suitable' END`;
  if (provider === "sqlite") {
    const at = `strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', '-' || (n * 10) || ' minutes')`;
    await database.$executeRawUnsafe(`
      WITH RECURSIVE numbers(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM numbers WHERE n < ${ROWS})
      INSERT INTO submissions (${columns})
      SELECT 'seed-' || n, printf('MN-%04X-%02X', n / 256, n % 256), ${at}, 1, 'First' || n, 'Last' || n,
        'first' || n || ' last' || n, 'last' || n || ' first' || n, '1990-01-01', 'p' || n || '@example.com', 'p' || n || '@example.com',
        '{}', ${outcome}, '[]', '2026-11.1', ${status}, 1, 1, 'First' || n || ' Last' || n, ${at}, 'hash'
      FROM numbers`);
    await database.$executeRawUnsafe("ANALYZE");
  } else {
    const at = `now() - n * interval '10 minutes'`;
    await database.$executeRawUnsafe(`
      INSERT INTO submissions (${columns})
      SELECT 'seed-' || n, 'MN-' || lpad(upper(to_hex(n / 256)), 4, '0') || '-' || lpad(upper(to_hex(n % 256)), 2, '0'), ${at}, 1,
        'First' || n, 'Last' || n, 'first' || n || ' last' || n, 'last' || n || ' first' || n, '1990-01-01',
        'p' || n || '@example.com', 'p' || n || '@example.com', '{}', ${outcome}, '[]', '2026-11.1', ${status}, true, true,
        'First' || n || ' Last' || n, ${at}, 'hash'
      FROM generate_series(1, ${ROWS}) AS n`);
    await database.$executeRawUnsafe("VACUUM ANALYZE submissions");
  }
}

beforeAll(async () => {
  // Building 100,000 rows' indexes can take longer than the app's statement timeout.
  const seeding = createDatabaseClient(process.env.DATABASE_URL!, { databasePoolSize: 1, databaseStatementTimeoutMs: 300_000 });
  try {
    await seed(seeding);
  } finally {
    await seeding.$disconnect();
  }
}, 300_000);

/** A plan that reads every row of submissions, or sorts rows that no index put in order. */
const FULL_SCAN = provider === "sqlite" ? /SCAN submissions(?! USING (COVERING )?INDEX)/ : /Seq Scan on submissions/;
const SORT = provider === "sqlite" ? /USE TEMP B-TREE FOR ORDER BY/ : /\bSort\b/;

async function submissionsPlan(work: (recorded: Database) => Promise<unknown>): Promise<string> {
  return planOf(await queryPlans(work), "submissions");
}

const PAGE: SubmissionFilter = { order: "newest", limit: 25 };

describe(`query plans at ${ROWS.toLocaleString("en-GB")} submissions (${provider})`, () => {
  it.each(QUEUE_TABS.filter((tab) => tab.id !== "to_review").map((tab) => [tab.label, tab] as const))(
    "the %s tab walks one index in order",
    async (_label, tab) => {
      const plan = await submissionsPlan((recorded) => listSubmissions(recorded, tabFilter(tab, PAGE)));
      expect(plan).not.toMatch(FULL_SCAN);
      expect(plan).not.toMatch(SORT);
    },
  );

  it("the To review tab reads only the waiting needs_review rows (and sorts those few)", async () => {
    // Two statuses cannot come out of one index in date order, but the range holds only the
    // work still waiting, which does not grow with the table.
    const plan = await submissionsPlan((recorded) => listSubmissions(recorded, tabFilter(QUEUE_TABS[0], PAGE)));
    expect(plan).not.toMatch(FULL_SCAN);
    expect(plan).toMatch(provider === "sqlite" ? /USING INDEX submissions_outcome_reviewStatus_createdAt_id_idx \(outcome=\? AND reviewStatus=\?/ : /submissions_outcome_reviewStatus_createdAt_id_idx/);
  });

  it("the Awaiting information tab reads only its own index range, in order", async () => {
    // Named on its own, beside the loop over every tab above: the tab the migration added.
    const plan = await submissionsPlan((recorded) => listSubmissions(recorded, tabFilter(queueTab("awaiting_information"), PAGE)));
    expect(plan).toMatch(provider === "sqlite" ? /USING INDEX submissions_reviewStatus_createdAt_id_idx \(reviewStatus=\?/ : /submissions_reviewStatus_createdAt_id_idx/);
    expect(plan).not.toMatch(SORT);
  });

  it.each([
    ["a status tab filtered by outcome", { status: ["decided"], outcome: "not_suitable" }],
    ["Awaiting information filtered by outcome", { status: ["awaiting_information"], outcome: "needs_review" }],
    ["All filtered by outcome", { outcome: "needs_review" }],
    ["a date range", { from: "2026-01-01", to: "2026-03-31" }],
  ] as const)("%s walks one index in order", async (_name, filter) => {
    const plan = await submissionsPlan((recorded) => listSubmissions(recorded, { ...PAGE, ...filter, status: "status" in filter ? [...filter.status] : undefined }));
    expect(plan).not.toMatch(FULL_SCAN);
    expect(plan).not.toMatch(SORT);
  });

  it("page 50 through the cursor starts in the index where page 49 ended", async () => {
    const [last] = await db.submission.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: 49 * 25 - 1, take: 1 });
    const cursor = encodeCursor(last!.createdAt, last!.id);
    for (const tab of QUEUE_TABS) {
      const plan = await submissionsPlan((recorded) => listSubmissions(recorded, { ...tabFilter(tab, PAGE), cursor }));
      expect(plan, tab.label).not.toMatch(FULL_SCAN);
      if (tab !== QUEUE_TABS[0]) expect(plan, tab.label).not.toMatch(SORT);
    }
  });

  it.each([
    ["a whole reference", "MN-0123-45"],
    ["the start of a first name", "first4242"],
    ["the start of a last name", "last4242"],
    ["a full name", "first4242 last4242"],
    ["the start of an email", "p4242@"],
  ])("search by %s reads only the matches: each index's range in its own order, then the page by id", async (_name, q) => {
    const plans = await queryPlans((recorded) => listSubmissions(recorded, { ...PAGE, q }));
    const reading = plans.filter(({ sql }) => /FROM [^ ]*["\x60]submissions["\x60]/.test(sql));
    for (const { plan } of reading) expect(plan).not.toMatch(FULL_SCAN);
    // On SQLite the lookups (one per index, or the reference's) read their range in order; the
    // page sorts only its matches. (PostgreSQL's lookups sort the few matches of their range.)
    const [page, ...lookups] = reading.reverse();
    if (provider === "sqlite") for (const { plan } of lookups) expect(plan).not.toMatch(SORT);
    expect(page!.sql).toMatch(/["\x60]id["\x60] IN \(/);
  });

  it(`a search matching more than ${MATCHES_BY_ID} submissions keeps its ranges in the page's query and reads no more than the page`, async () => {
    // Every seeded name starts with "first".
    const plans = await queryPlans((recorded) => listSubmissions(recorded, { ...PAGE, q: "first" }));
    const page = plans.filter(({ sql }) => /FROM [^ ]*["\x60]submissions["\x60]/.test(sql)).at(-1)!;
    expect(page.sql).not.toMatch(/["\x60]id["\x60] IN \(/);
    expect(page.plan).not.toMatch(FULL_SCAN);
    expect(page.plan).not.toMatch(SORT);
  });

  it("each tab count stops after COUNT_LIMIT + 1 rows, reading an index in order", async () => {
    // To review, All, and one count per review status; none sorts the rows it counts (Prisma
    // orders them when a count has a limit).
    const plans = await queryPlans((recorded) => countSubmissions(recorded, {}));
    expect(plans).toHaveLength(2 + REVIEW_STATUSES.length);
    for (const { sql, plan } of plans) {
      expect(sql).toMatch(/\bLIMIT\b/);
      expect(plan).not.toMatch(SORT);
    }
    const byStatus = plans.filter(({ sql }) => /reviewStatus["\x60] IN \((\?|\$\d+)\)/.test(sql));
    expect(byStatus).toHaveLength(REVIEW_STATUSES.length);
    for (const { plan } of byStatus) expect(plan).not.toMatch(FULL_SCAN);
  });

  it("the tab counts under a search with few matches need only its three lookups", async () => {
    const plans = await queryPlans((recorded) => countSubmissions(recorded, { q: "first4242" }));
    // First name, last name and email, each a range of its own index: nothing is counted in SQL.
    expect(plans).toHaveLength(3);
    for (const { sql, plan } of plans) {
      expect(plan).not.toMatch(FULL_SCAN);
      expect(sql).not.toMatch(/COUNT\(/);
    }
  });

  it.each([
    ["a name that most submissions start with", { q: "first" }],
    ["a date of birth", { dateOfBirth: "1990-01-01" }],
    ["a date range", { from: "2026-01-01", to: "2026-03-31" }],
    ["an outcome", { outcome: "not_suitable" }],
  ] as const)("the tab counts under %s stop after COUNT_LIMIT + 1 rows, never reading the whole table", async (_name, filter) => {
    const plans = (await queryPlans((recorded) => countSubmissions(recorded, filter))).filter(({ sql }) => /COUNT\(/.test(sql));
    expect(plans).toHaveLength(2 + REVIEW_STATUSES.length);
    for (const { sql, plan } of plans) {
      expect(sql).toMatch(/\bLIMIT\b/);
      expect(plan).not.toMatch(FULL_SCAN);
    }
  });
});

describe(`tab counts at ${ROWS.toLocaleString("en-GB")} submissions (${provider})`, () => {
  it("are exact up to COUNT_LIMIT and read as more than it beyond", async () => {
    const counts = await countSubmissions(db, {});
    const exact = (reviewStatus: string) => db.submission.count({ where: { reviewStatus } });
    // Seeded: a few hundred waiting, tens of thousands decided.
    expect(counts.awaiting_information).toBe(await exact("awaiting_information"));
    expect(counts.new).toBe(await exact("new"));
    expect(counts.withdrawn).toBe(await exact("withdrawn"));
    expect(counts.awaiting_information).toBeLessThan(COUNT_LIMIT);
    expect(counts.decided).toBe(COUNT_LIMIT + 1);
    expect(counts.all).toBe(COUNT_LIMIT + 1);
    expect(countLabel(counts.all)).toBe("1,000+");
    expect(countLabel(counts.awaiting_information)).toBe(String(counts.awaiting_information));
  });
});
