import { afterAll, describe, expect, it } from "vitest";
import { adapterQuery } from "@/lib/server/db/adapter-query";
import { createDatabaseClient, Prisma } from "@/lib/server/db/client";

const db = createDatabaseClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const countAuditEvents = async () => Number((await adapterQuery<{ count: number | string }>(db, Prisma.sql`SELECT COUNT(*) AS "count" FROM "audit_events"`))[0]!.count);

describe("adapterQuery, a statement straight to the client's driver adapter", () => {
  it("connects a client that has sent nothing yet, and connects again after $disconnect", async () => {
    // The server disconnects its client once at start-up, before migrating; the next
    // submission's statements must not meet a closed connection.
    const before = await countAuditEvents();
    await db.$disconnect();
    expect(await countAuditEvents()).toBe(before);
    await db.$disconnect();
    await db.auditEvent.create({ data: { id: crypto.randomUUID(), action: "adapter-query-test", outcome: "success" } });
    expect(await countAuditEvents()).toBe(before + 1);
  });

  it("binds each value as Prisma binds it, and reads back the rows as objects", async () => {
    const at = new Date("2026-11-24T03:15:00.123Z");
    const rows = await adapterQuery<{ text: string; whole: number | string; none: null }>(db, Prisma.sql`SELECT ${"it's"} AS "text", ${41} + 1 AS "whole", ${null} AS "none"`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.text).toBe("it's");
    expect(Number(rows[0]!.whole)).toBe(42);
    expect(rows[0]!.none).toBeNull();
    // A Date goes in as the ORM writes it: read back through the ORM, it is the same instant.
    const id = crypto.randomUUID();
    await adapterQuery(db, Prisma.sql`INSERT INTO "audit_events" ("id", "action", "outcome", "at") VALUES (${id}, ${"adapter-query-date"}, ${"success"}, ${at}) RETURNING "id"`);
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id } })).at).toEqual(at);
  });

  it("refuses a client it does not know, naming what it needs", async () => {
    await expect(adapterQuery({}, Prisma.sql`SELECT 1`)).rejects.toThrow(/needs a client made by createDatabaseClient/);
  });
});
