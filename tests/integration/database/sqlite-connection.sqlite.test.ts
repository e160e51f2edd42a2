import { afterAll, describe, expect, it } from "vitest";
import { getDatabase } from "@/lib/server/db/client";

const db = getDatabase();
afterAll(() => db.$disconnect());

describe("the SQLite connection", () => {
  it("uses write-ahead logging and a busy timeout", async () => {
    const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [timeout] = await db.$queryRawUnsafe<{ timeout: bigint }[]>("PRAGMA busy_timeout");
    expect(journal?.journal_mode).toBe("wal");
    expect(Number(timeout?.timeout)).toBeGreaterThanOrEqual(1000);
  });
});
