import "server-only";
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Config } from "@/lib/server/config";
import { databaseProvider, providerOf, type Database } from "./client";

const MIGRATIONS = { sqlite: "prisma/migrations", postgresql: "prisma/postgresql/migrations" } as const;

/** The migrations this build ships for the database `databaseUrl` names, by folder name. */
function shippedMigrations(databaseUrl: string): string[] {
  // Read at run time from the deployed folder; not a file the build should trace.
  const folder = path.resolve(/*turbopackIgnore: true*/ process.cwd(), MIGRATIONS[databaseProvider(databaseUrl)]);
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/**
 * Migrations this build ships that the database has not applied, read from Prisma's own
 * `_prisma_migrations` table: one small query, where spawning the CLI to find out takes
 * seconds. A database with no such table yet has every migration pending.
 */
export async function pendingMigrations(db: Database, databaseUrl: string): Promise<string[]> {
  let applied: Set<string>;
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
    );
    applied = new Set(rows.map((row) => row.migration_name));
  } catch {
    applied = new Set();
  }
  return shippedMigrations(databaseUrl).filter((name) => !applied.has(name));
}

/** `prisma migrate deploy`, as `npm run db:migrate` runs it: Prisma applies and records them. */
function applyMigrations(databaseUrl: string): void {
  const migrate = spawnSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  // Prisma's own output is noise on success; on failure it is what the operator needs.
  if (migrate.status !== 0) throw new Error(`prisma migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
}

// Any fixed number, distinct from the one `prisma migrate deploy` locks itself.
const MIGRATION_TURN_LOCK = 4_807_311;

/**
 * Runs `migrate` while holding a PostgreSQL advisory lock, so that app servers starting
 * together take turns: the first applies the migrations, the rest wait for it and then find
 * nothing pending. Prisma's own lock gives up after ten seconds, shorter than a migration on
 * a busy machine; this one waits as long as the migration takes (up to ten minutes).
 */
async function inMigrationTurn(db: Database, migrate: () => Promise<string[]>): Promise<string[]> {
  if (providerOf(db) !== "postgresql") return migrate();
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = '10min'`);
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${MIGRATION_TURN_LOCK})`);
      return migrate();
    },
    { maxWait: 60_000, timeout: 11 * 60_000 },
  );
}

/**
 * Brings the database up to date before the app serves from it: pending migrations are
 * applied, one server at a time, and the demo staff accounts are added when the
 * configuration asks for them. When the database is already current, as on every ordinary
 * start, this costs one query.
 */
export async function prepareDatabase(db: Database, config: Pick<Config, "databaseUrl" | "seedDemoAccounts">): Promise<{ migrated: string[]; seeded: string[] }> {
  let migrated: string[] = [];
  if ((await pendingMigrations(db, config.databaseUrl)).length > 0) {
    migrated = await inMigrationTurn(db, async () => {
      const pending = await pendingMigrations(db, config.databaseUrl);
      if (pending.length === 0) return pending;
      // Prisma's schema engine cannot lock an SQLite file that this process has read from
      // an open connection (it fails with "SocketTimeout"): let go of it while the CLI works.
      if (providerOf(db) === "sqlite") await db.$disconnect();
      applyMigrations(config.databaseUrl);
      return pending;
    });
  }
  // Loaded only when seeding: staff creation brings the password dictionaries and argon2.
  const seeded = config.seedDemoAccounts ? await (await import("@/lib/server/staff/demo-accounts")).seedDemoAccounts(db) : [];
  return { migrated, seeded };
}
