// Throw-away, migrated databases for the benchmarks: an SQLite file in a temporary folder,
// or a database on a new embedded PostgreSQL server with real fsync. Migrated with the real
// migrations, as the tests are, so the benchmarks measure the indexes that ship.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabaseClient, type Database, type DatabaseProvider } from "@/lib/server/db/client";
import { startPostgresql, type PostgresqlServer } from "@/scripts/embedded-postgresql";

export const PROVIDER_LABELS: Record<DatabaseProvider, string> = { sqlite: "SQLite", postgresql: "PostgreSQL" };

/** The app's default pool (lib/server/db/client.ts): what a server would run with. */
export const POOL = { databasePoolSize: 10, databaseStatementTimeoutMs: 15_000 };

export interface BenchDatabase {
  provider: DatabaseProvider;
  db: Database;
  /** The settings that move the figures (durability, versions), as `name value` pairs. */
  settings: Record<string, string>;
  /**
   * ANALYZE, as a database that has been in use for a while has statistics, then a
   * checkpoint, so that flushing the seeding's writes does not run during the timings.
   */
  analyze(): Promise<void>;
  /** Disconnects and deletes everything: safe to call more than once. */
  close(): Promise<void>;
}

const prismaCli = path.resolve(import.meta.dirname, "../../node_modules/.bin/prisma");

/** Applies the real migrations to the database at `url`. */
export function migrate(url: string): void {
  execFileSync(prismaCli, ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "ignore", "pipe"] });
}

async function one(db: Database, sql: string): Promise<string> {
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql);
  return String(Object.values(rows[0] ?? {})[0]);
}

const SQLITE_SYNCHRONOUS = ["OFF", "NORMAL", "FULL", "EXTRA"];

export async function openBenchDatabase(provider: DatabaseProvider): Promise<BenchDatabase> {
  return provider === "sqlite" ? openSqlite() : openPostgresql();
}

async function openSqlite(): Promise<BenchDatabase> {
  const folder = mkdtempSync(path.join(tmpdir(), "screening-bench-"));
  let db: Database | undefined;
  const close = once(async () => {
    await db?.$disconnect();
    rmSync(folder, { recursive: true, force: true });
  });
  try {
    const url = `file:${path.join(folder, "bench.db")}`;
    migrate(url);
    db = createDatabaseClient(url, POOL);
    const client = db;
    // Read back from the connection the app uses: the build's defaults decide `synchronous`.
    const synchronous = await one(client, "PRAGMA synchronous");
    const settings = {
      version: await one(client, "SELECT sqlite_version()"),
      journal_mode: await one(client, "PRAGMA journal_mode"),
      synchronous: SQLITE_SYNCHRONOUS[Number(synchronous)] ?? synchronous,
      // Negative: KiB. A scan of a table larger than this reads through the OS's cache.
      cache_size: await one(client, "PRAGMA cache_size"),
    };
    const analyze = async () => {
      await client.$executeRawUnsafe("ANALYZE");
      await client.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    };
    return { provider: "sqlite", db: client, settings, analyze, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function openPostgresql(): Promise<BenchDatabase> {
  let server: PostgresqlServer | undefined;
  let db: Database | undefined;
  const close = once(async () => {
    await db?.$disconnect();
    await server?.stop();
  });
  try {
    server = await startPostgresql({ durable: true });
    await server.query("CREATE DATABASE bench");
    const url = server.url("bench");
    migrate(url);
    db = createDatabaseClient(url, POOL);
    const client = db;
    const settings: Record<string, string> = {};
    for (const name of ["server_version", "fsync", "synchronous_commit", "wal_sync_method", "shared_buffers"]) {
      settings[name] = await one(client, `SHOW ${name}`);
    }
    settings.pool = String(POOL.databasePoolSize);
    return {
      provider: "postgresql",
      db: client,
      settings,
      analyze: async () => {
        // VACUUM as well: autovacuum would long since have set the visibility map of a table
        // filled over two years, and without it counts cannot use index-only scans.
        await client.$executeRawUnsafe("VACUUM ANALYZE");
        await client.$executeRawUnsafe("CHECKPOINT");
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

function once(action: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= action());
}
