// Moves a clinic from its SQLite file to an empty PostgreSQL database:
//   npm run db:copy -- --from file:./data/app.db --to postgresql://user:password@host:5432/db
// It applies the PostgreSQL migrations to the target, copies every row of every table as it
// is (ids, timestamps, decisions, the audit log), then counts both sides. It prints table names and counts only: the rows hold
// patients' data, password hashes and session tokens.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { isPostgresqlUrl } from "@/lib/server/config";
import { createDatabaseClient, Prisma, type Database } from "@/lib/server/db/client";
import { sqliteFilePath } from "@/lib/server/db/sqlite-adapter";

// Foreign-key order: a row's parents are copied before it. Not copied: rate-limit counters
// and staff searches (rate_limits, staff_searches), which expire within a day anyway, and
// patients' saved drafts (drafts), which expire within DRAFT_TTL_DAYS.
const TABLES = [
  { table: "staff_users", model: "user" },
  { table: "staff_accounts", model: "account" },
  { table: "staff_sessions", model: "session" },
  { table: "verifications", model: "verification" },
  { table: "submissions", model: "submission" },
  { table: "decisions", model: "decision" },
  { table: "submission_withdrawals", model: "submissionWithdrawal" },
  { table: "contact_attempts", model: "contactAttempt" },
  { table: "audit_events", model: "auditEvent" },
] as const;

/**
 * Rows read and written at a time, so memory does not grow with the clinic's size. Measured
 * on 100k submissions and 200k audit events: 100, 250 and 1000 all copy at the same speed
 * (Prisma's own work per row dominates), with peaks of 0.4, 0.6 and 1.4 GB of memory.
 */
const BATCH = 100;

/** Long enough for a large clinic; Prisma's default (5 s) would end the copy half-way. */
const TRANSACTION = { maxWait: 60_000, timeout: 24 * 60 * 60_000 };

type Client = Database | Prisma.TransactionClient;

/** The part of a model's delegate the copy uses; every table has a string `id`. */
interface Table {
  count(): Promise<number>;
  findMany(args: { where: { id?: { gt: string } }; orderBy: { id: "asc" }; take: number }): Promise<{ id: string }[]>;
  createMany(args: { data: object[] }): Promise<{ count: number }>;
}
type Model = (typeof TABLES)[number]["model"];
const delegate = (db: Client, model: Model) => db[model] as unknown as Table;

/** Ends the script with this message (on standard error) and exit code. */
class Exit extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

function parseArguments(): { from: string; to: string } {
  const usage = "Usage: npm run db:copy -- --from file:./data/app.db --to postgresql://user:password@host:5432/db";
  let values: { from?: string; to?: string };
  try {
    ({ values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } }));
  } catch {
    throw new Exit(usage, 2);
  }
  const { from, to } = values;
  if (!from || !to) throw new Exit(usage, 2);
  if (!isPostgresqlUrl(to) || !URL.canParse(to)) throw new Exit("--to must be a PostgreSQL URL such as postgresql://user:password@host:5432/db.", 2);
  // Checked here because opening a missing SQLite file would create an empty one.
  if (!from.startsWith("file:") || !existsSync(sqliteFilePath(from))) throw new Exit("--from must name an existing SQLite file, such as file:./data/app.db.", 2);
  return { from, to };
}

/** Rows per table on the target; a table the migrations have not created yet holds none. */
async function countRows(db: Client): Promise<number[]> {
  const counts: number[] = [];
  for (const { model } of TABLES) {
    counts.push(
      await delegate(db, model)
        .count()
        .catch((error: unknown) => {
          if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2021") return 0;
          throw error;
        }),
    );
  }
  return counts;
}

/** `prisma migrate deploy` on the target, as `npm run db:migrate` would run it there. */
function migrate(to: string): void {
  const root = path.resolve(import.meta.dirname, "..");
  const run = spawnSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: to },
    encoding: "utf8",
  });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Exit("prisma migrate deploy failed on the target; nothing was copied.", 1);
  }
}

/** Copies one table in id order, a batch at a time (keyset paging: no OFFSET to rescan). */
async function copyTable(from: Client, to: Client, model: Model): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const rows = await delegate(from, model).findMany({ where: after ? { id: { gt: after } } : {}, orderBy: { id: "asc" }, take: BATCH });
    if (rows.length === 0) return;
    await delegate(to, model).createMany({ data: rows });
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * What went wrong, in codes only: a database's own message can quote the failing row
 * (PostgreSQL's "Failing row contains (...)"), which would print a patient's data.
 */
function errorCodes(error: unknown): string {
  type Cause = { kind?: string; originalCode?: string };
  // Prisma wraps a driver's error in a known request error, except inside a transaction.
  const { code, meta, cause: direct } = error as { code?: string; meta?: { driverAdapterError?: { cause?: Cause } }; cause?: Cause };
  const cause = meta?.driverAdapterError?.cause ?? direct;
  const codes = [code, cause?.kind, cause?.originalCode && `SQLSTATE ${cause.originalCode}`].filter(Boolean);
  return codes.length ? codes.join(", ") : error instanceof Error ? error.name : "unknown error";
}

async function main(): Promise<number> {
  const urls = parseArguments();
  const source = createDatabaseClient(urls.from);
  const target = createDatabaseClient(urls.to, { databasePoolSize: 2, databaseStatementTimeoutMs: 10 * 60_000 });
  let step = "reading the target";
  try {
    // Checked before migrating, so that a refused target is not written to at all.
    const before = await countRows(target);
    const occupied = TABLES.filter((_, i) => before[i]! > 0).map(({ table }) => table);
    if (occupied.length) throw new Exit(`The target already holds data (${occupied.join(", ")}); copy only into an empty database. Nothing was written.`, 1);

    step = "migrating the target";
    migrate(urls.to);

    // A read transaction on the source is one snapshot (WAL): a copy taken while the app
    // still runs is consistent, and the counts below are of the rows that were copied. It
    // only reads, on a client of its own, so the SQLite hazard of a transaction swallowing
    // another request's write cannot arise. One transaction on the target: a copy that
    // fails part-way is rolled back and leaves the target empty.
    const sourceCounts = await source.$transaction(async (from) => {
      await target.$transaction(async (to) => {
        for (const { table, model } of TABLES) {
          step = `copying ${table}`;
          await copyTable(from, to, model);
        }
      }, TRANSACTION);
      step = "counting the source";
      return countRows(from);
    }, TRANSACTION);

    step = "counting the target";
    const targetCounts = await countRows(target);
    const width = Math.max(...TABLES.map(({ table }) => table.length));
    console.log(`${"table".padEnd(width)}  ${"sqlite".padStart(10)}  ${"postgresql".padStart(10)}`);
    TABLES.forEach(({ table }, i) => {
      const mark = sourceCounts[i] === targetCounts[i] ? "" : "  DIFFERENT";
      console.log(`${table.padEnd(width)}  ${String(sourceCounts[i]).padStart(10)}  ${String(targetCounts[i]).padStart(10)}${mark}`);
    });
    if (sourceCounts.some((count, i) => count !== targetCounts[i])) {
      console.error("The row counts differ: the copy is incomplete.");
      return 1;
    }
    console.log("Copied every row.");
    return 0;
  } catch (error) {
    if (error instanceof Exit) throw error;
    const rolledBack = step.startsWith("copying") ? " The copy was rolled back: the target holds none of it." : "";
    throw new Exit(`Failed while ${step} (${errorCodes(error)}).${rolledBack}`, 1);
  } finally {
    await Promise.all([source.$disconnect(), target.$disconnect()]);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Exit ? error.message : `Could not copy the database (${errorCodes(error)}).`);
    process.exit(error instanceof Exit ? error.exitCode : 1);
  },
);
