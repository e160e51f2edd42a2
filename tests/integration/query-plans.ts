import type { SqlQuery, SqlResultSet } from "@prisma/driver-adapter-utils";
import { trackAdapter } from "@/lib/server/db/adapter-query";
import { databaseProvider, type Database } from "@/lib/server/db/client";
import { createPostgresqlAdapterFactory } from "@/lib/server/db/postgresql-adapter";
import { createSqliteAdapterFactory } from "@/lib/server/db/sqlite-adapter";
import { PrismaClient as PostgresqlClient } from "@/lib/server/generated/postgresql/client";
import { PrismaClient as SqliteClient } from "@/lib/server/generated/sqlite/client";

export interface QueryPlan {
  /** The statement exactly as Prisma sent it to the driver, and its arguments. */
  sql: string;
  args: readonly unknown[];
  /** The database's plan for it, with the same arguments bound the same way, one line per step. */
  plan: string;
}

/**
 * Runs `work` against this test file's database and returns the plan of every statement it
 * sent, through Prisma's client or straight to its adapter: `EXPLAIN` on PostgreSQL,
 * `EXPLAIN QUERY PLAN` on SQLite. The statements are caught where they reach the driver, so
 * the plans are those of the app's own queries, with the app's own parameter types (the
 * SQLite adapter binds LIMIT as a BigInt, which can change SQLite's plan).
 */
export async function queryPlans(work: (db: Database) => Promise<unknown>): Promise<QueryPlan[]> {
  const url = process.env.DATABASE_URL!;
  const provider = databaseProvider(url);
  const factory = provider === "postgresql" ? createPostgresqlAdapterFactory(url, { poolSize: 1, statementTimeoutMs: 60_000 }) : createSqliteAdapterFactory(url);
  const sent: SqlQuery[] = [];
  let run: ((query: SqlQuery) => Promise<SqlResultSet>) | undefined;
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const queryRaw = adapter.queryRaw.bind(adapter);
    run = queryRaw;
    adapter.queryRaw = (query) => {
      sent.push(query);
      return queryRaw(query);
    };
    return adapter;
  };
  // Tracked as the app's clients are, so that statements sent straight to the adapter
  // (lib/server/db/adapter-query.ts) are caught too.
  const db =
    provider === "postgresql"
      ? (trackAdapter(factory as ReturnType<typeof createPostgresqlAdapterFactory>, (adapter) => new PostgresqlClient({ adapter })) as unknown as Database)
      : trackAdapter(factory as ReturnType<typeof createSqliteAdapterFactory>, (adapter) => new SqliteClient({ adapter }));
  try {
    await work(db);
    const explain = provider === "postgresql" ? "EXPLAIN " : "EXPLAIN QUERY PLAN ";
    const plans: QueryPlan[] = [];
    for (const query of sent) {
      const result = await run!({ ...query, sql: explain + query.sql });
      // PostgreSQL: one column of plan lines. SQLite: (id, parent, notused, detail).
      plans.push({ sql: query.sql, args: query.args, plan: result.rows.map((row) => String(row.at(-1))).join("\n") });
    }
    return plans;
  } finally {
    await db.$disconnect();
  }
}

/** The plan of the first statement that reads `table`. */
export function planOf(plans: readonly QueryPlan[], table: string): string {
  // PostgreSQL quotes names with double quotes, SQLite (as Prisma writes it) with backticks.
  const found = plans.find((plan) => new RegExp(`FROM [^ ]*["\x60]${table}["\x60]`).test(plan.sql));
  if (!found) throw new Error(`No statement read ${table}:\n${plans.map((plan) => plan.sql).join("\n")}`);
  return found.plan;
}
