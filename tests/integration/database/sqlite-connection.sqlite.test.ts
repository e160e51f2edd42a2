import { afterAll, describe, expect, it } from "vitest";
import { createDatabaseClient, getDatabase } from "@/lib/server/db/client";
import { createSqliteAdapterFactory } from "@/lib/server/db/sqlite-adapter";

const db = getDatabase();
afterAll(() => db.$disconnect());

/** PRAGMA synchronous: 1 is NORMAL, 2 is FULL. */
const FULL = 2;

async function synchronous(client: typeof db): Promise<number> {
  const [row] = await client.$queryRawUnsafe<{ synchronous: bigint }[]>("PRAGMA synchronous");
  return Number(row?.synchronous);
}

describe("the SQLite connection", () => {
  it("uses write-ahead logging and a busy timeout", async () => {
    const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [timeout] = await db.$queryRawUnsafe<{ timeout: bigint }[]>("PRAGMA busy_timeout");
    expect(journal?.journal_mode).toBe("wal");
    expect(Number(timeout?.timeout)).toBeGreaterThanOrEqual(1000);
  });

  // This better-sqlite3 is built with SQLITE_DEFAULT_WAL_SYNCHRONOUS=1: a database already in
  // WAL mode opens at NORMAL, where a power cut can lose acknowledged commits.
  it("syncs every commit (synchronous FULL), on a database already in WAL mode too", async () => {
    expect(await synchronous(db)).toBe(FULL);
    const another = createDatabaseClient(process.env.DATABASE_URL!);
    try {
      expect(await synchronous(another)).toBe(FULL);
    } finally {
      await another.$disconnect();
    }
  });

  // The shadow database lives in memory, where NORMAL never applies; this holds it to FULL
  // should it ever become a file.
  it("syncs every commit on the shadow database of migrate dev and migrate diff", async () => {
    const shadow = await createSqliteAdapterFactory(process.env.DATABASE_URL!).connectToShadowDb();
    try {
      const result = await shadow.queryRaw({ sql: "PRAGMA synchronous", args: [], argTypes: [] });
      expect(Number(result.rows[0]?.[0])).toBe(FULL);
    } finally {
      await shadow.dispose();
    }
  });
});
