import { afterAll, describe, expect, it } from "vitest";
import { defaultPolicy } from "@/lib/screening";
import { createDatabaseClient, getDatabase } from "@/lib/server/db/client";
import { pendingMigrations, prepareDatabase } from "@/lib/server/db/prepare-database";
import { createSubmission } from "@/lib/server/submissions/create-submission";
import { intakeWith } from "@/tests/fixtures/intake";

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

describe("app servers starting together on an empty database", () => {
  it("take turns: one applies the migrations, the other waits for it and finds none pending", async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/fresh_${crypto.randomUUID().replaceAll("-", "")}`;
    await db.$executeRawUnsafe(`CREATE DATABASE ${url.pathname.slice(1)}`);
    const servers = [createDatabaseClient(url.toString()), createDatabaseClient(url.toString())];
    try {
      const config = { databaseUrl: url.toString(), seedDemoAccounts: false };
      const results = await Promise.all(servers.map((server) => prepareDatabase(server, config)));
      const applied = results.map((result) => result.migrated.length).sort();
      expect(applied[0]).toBe(0);
      expect(applied[1]).toBeGreaterThan(0);
      expect(await pendingMigrations(servers[0]!, url.toString())).toEqual([]);
    } finally {
      await Promise.all(servers.map((server) => server.$disconnect()));
    }
  }, 120_000);
});
