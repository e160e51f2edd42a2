import { afterAll, describe, expect, it } from "vitest";
import { defaultPolicy } from "@/lib/screening";
import { createDatabaseClient, getDatabase } from "@/lib/server/db/client";
import { createSubmission } from "@/lib/server/submissions/create-submission";
import { listSubmissions } from "@/lib/server/submissions/list-submissions";
import { intakeWith } from "@/tests/fixtures/intake";
import { planOf, queryPlans } from "@/tests/integration/query-plans";

const db = getDatabase();
afterAll(() => db.$disconnect());

describe("PostgreSQL through Prisma 6.19's adapter, as patched (patches/@prisma+adapter-pg+*.patch)", () => {
  // Without the patch the adapter throws UnsupportedNativeDataType for both, and every
  // `prisma migrate` command fails on the catalog's own columns.
  it("reads the catalog's name and \"char\" types", async () => {
    const [row] = await db.$queryRaw<{ user: string; kind: string }[]>`SELECT current_user AS "user", 'r'::"char" AS kind`;
    expect(row).toEqual({ user: "postgres", kind: "r" });
  });

  it("runs a script with a PL/pgSQL body whole, not cut at each semicolon", async () => {
    await db.$executeRawUnsafe(`
      CREATE FUNCTION test_script_body() RETURNS integer LANGUAGE plpgsql AS $$
      BEGIN
        RETURN 1;
      END;
      $$;`);
    const [row] = await db.$queryRaw<{ value: number }[]>`SELECT test_script_body() AS value`;
    expect(row?.value).toBe(1);
  });
});

describe("the pool's settings", () => {
  it("cancels a statement that runs past DATABASE_STATEMENT_TIMEOUT_MS", async () => {
    const short = createDatabaseClient(process.env.DATABASE_URL!, { databasePoolSize: 1, databaseStatementTimeoutMs: 200 });
    try {
      const [setting] = await short.$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`;
      expect(setting?.statement_timeout).toBe("200ms");
      await expect(short.$queryRaw`SELECT pg_sleep(2)`).rejects.toThrow(/statement timeout/);
    } finally {
      await short.$disconnect();
    }
  });
});

describe("two app servers on one database", () => {
  it("store one submission for one idempotency key sent to both at once", async () => {
    // Each client has its own pool, as each app server does.
    const servers = [createDatabaseClient(process.env.DATABASE_URL!), createDatabaseClient(process.env.DATABASE_URL!)];
    try {
      const receipts = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          createSubmission(servers[i % 2]!, { intake: intakeWith(), idempotencyKey: "two-servers", policy: defaultPolicy, now: new Date() }),
        ),
      );
      expect(new Set(receipts.map((receipt) => receipt.id)).size).toBe(1);
      expect(await db.submission.count({ where: { idempotencyKey: "two-servers" } })).toBe(1);
    } finally {
      await Promise.all(servers.map((server) => server.$disconnect()));
    }
  });
});

describe("search at 100,000 submissions", () => {
  it("finds a name, an email or a reference by its trigram indexes, not by reading the table", async () => {
    // Plain SQL is quickest for 100k rows; the query under test is the app's own.
    await db.$executeRawUnsafe(`
      INSERT INTO submissions (id, reference, "createdAt", "questionnaireVersion", "firstName", "lastName", "nameSearch",
        "dateOfBirth", email, "emailSearch", answers, outcome, reasons, "policyVersion", "reviewStatus",
        "consentStoreAndReview", "consentAccurate", signature, "consentedAt", "requestHash")
      SELECT 'bulk-' || n, 'MN-' || substr(lpad(upper(to_hex(n)), 6, '0'), 1, 4) || '-' || substr(lpad(upper(to_hex(n)), 6, '0'), 5, 2), now() - n * interval '1 minute', 1, 'Patient', 'Number' || n,
        'patient number' || n, '1990-01-01', 'patient' || n || '@example.com', 'patient' || n || '@example.com', '{}', 'eligible',
        '[]', '2026-11.1', 'new', true, true, 'Patient Number' || n, now(), 'hash'
      FROM generate_series(1, 100000) AS n`);
    await db.$executeRawUnsafe("ANALYZE submissions");

    for (const q of ["zebedee", "rare.person@", "mn-7k3p"]) {
      const plan = planOf(await queryPlans((recorded) => listSubmissions(recorded, { q, order: "newest", limit: 25 })), "submissions");
      expect(plan, q).toMatch(/Bitmap Index Scan on submissions_(nameSearch|emailSearch|reference)_trgm_idx/);
      expect(plan, q).not.toMatch(/Seq Scan on submissions/);
    }
  });
});
