import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDatabase } from "@/lib/server/db/client";
import { cacheStatements, type SqliteConnection } from "@/lib/server/db/sqlite-statement-cache";

interface Connection extends SqliteConnection {
  exec(sql: string): void;
  close(): void;
}

// The driver itself, on a real file: better-sqlite3 ships no types.
const BetterSqlite3 = createRequire(import.meta.url)("better-sqlite3") as new (file: string) => Connection;

describe("the statement cache on a better-sqlite3 connection", () => {
  let folder: string;
  let connection: Connection;
  let prepared: string[];

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), "statement-cache-"));
    connection = new BetterSqlite3(path.join(folder, "cache.db"));
    connection.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t VALUES (1, 'one'), (2, 'two');");
    prepared = [];
    const prepare = connection.prepare.bind(connection);
    connection.prepare = (sql) => {
      prepared.push(sql);
      return prepare(sql);
    };
  });
  afterEach(() => {
    connection.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("prepares a SQL text once and runs it with each call's own arguments", () => {
    cacheStatements(connection);
    const select = "SELECT name FROM t WHERE id = ?";
    const first = connection.prepare(select).bind([1]);
    const second = connection.prepare(select).bind([2]);
    // A later binding leaves an earlier one as it was, although both share one statement.
    expect(second.raw().all()).toEqual([["two"]]);
    expect(first.raw().all()).toEqual([["one"]]);
    expect(first.raw().all()).toEqual([["one"]]);
    expect(prepared).toEqual([select]);
  });

  it("runs a cached write with each call's values", () => {
    cacheStatements(connection);
    const insert = "INSERT INTO t (id, name) VALUES (?, ?)";
    connection.prepare(insert).bind([3, "three"]).run();
    connection.prepare(insert).bind([4, "four"]).run();
    expect(connection.prepare("SELECT id, name FROM t WHERE id > ? ORDER BY id").bind([2]).raw().all()).toEqual([
      [3, "three"],
      [4, "four"],
    ]);
    expect(prepared).toHaveLength(2);
  });

  it("drops the least recently used statement past its capacity", () => {
    cacheStatements(connection, 2);
    const [a, b, c] = ["SELECT 'a'", "SELECT 'b'", "SELECT 'c'"];
    for (const sql of [a, b, a, c, a, b]) connection.prepare(sql).run();
    // c pushed out b (a had been used since), then b pushed out c.
    expect(prepared).toEqual([a, b, c, b]);
  });
});

describe("the app's SQLite client, with its statements cached", () => {
  const db = getDatabase();
  afterAll(() => db.$disconnect());

  it("answers one query text with the rows of each call's arguments, interleaved", async () => {
    const ids = Array.from({ length: 20 }, () => crypto.randomUUID());
    await db.auditEvent.createMany({ data: ids.map((id, index) => ({ id, action: `action-${index}`, outcome: "success" })) });

    const found = await Promise.all(ids.map((id) => db.auditEvent.findUnique({ where: { id }, select: { id: true, action: true } })));
    expect(found).toEqual(ids.map((id, index) => ({ id, action: `action-${index}` })));

    const raw = await Promise.all(ids.map((id) => db.$queryRaw<{ action: string }[]>`SELECT "action" FROM "audit_events" WHERE "id" = ${id}`));
    expect(raw.map((rows) => rows.map((row) => row.action))).toEqual(ids.map((_, index) => [`action-${index}`]));
  });
});
