import "server-only";
import { getConfig, isPostgresqlUrl, type Config } from "@/lib/server/config";
import { PrismaClient as PostgresqlClient } from "@/lib/server/generated/postgresql/client";
import { PrismaClient } from "@/lib/server/generated/sqlite/client";
import { trackAdapter } from "./adapter-query";
import { createPostgresqlAdapterFactory } from "./postgresql-adapter";
import { createSqliteAdapterFactory } from "./sqlite-adapter";

// The use cases are written once, against the SQLite client's types. The PostgreSQL client
// is generated from the same models (prisma/postgresql/schema.prisma is derived from
// prisma/schema.prisma), so its query API is the same for everything this app asks.
export type Database = PrismaClient;
export { Prisma } from "@/lib/server/generated/sqlite/client";

export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseProvider(databaseUrl: string): DatabaseProvider {
  return isPostgresqlUrl(databaseUrl) ? "postgresql" : "sqlite";
}

/** Which database a client talks to, for the few queries that are written per database. */
export function providerOf(db: Database): DatabaseProvider {
  // Every Prisma client records the provider of the schema it was generated from.
  return (db as unknown as { _activeProvider: string })._activeProvider === "postgresql" ? "postgresql" : "sqlite";
}

const DEFAULT_POOL = { databasePoolSize: 10, databaseStatementTimeoutMs: 15_000 };

/** A client on the given database URL: SQLite through the write-safe adapter, or PostgreSQL. */
export function createDatabaseClient(
  databaseUrl: string,
  pool: Pick<Config, "databasePoolSize" | "databaseStatementTimeoutMs"> = DEFAULT_POOL,
): Database {
  if (databaseProvider(databaseUrl) === "postgresql") {
    const adapter = createPostgresqlAdapterFactory(databaseUrl, {
      poolSize: pool.databasePoolSize,
      statementTimeoutMs: pool.databaseStatementTimeoutMs,
    });
    return trackAdapter(adapter, (tracked) => new PostgresqlClient({ adapter: tracked })) as unknown as Database;
  }
  return trackAdapter(createSqliteAdapterFactory(databaseUrl), (adapter) => new PrismaClient({ adapter }));
}

let client: Database | undefined;

/** The process's one database client, created on first use. */
export function getDatabase(): Database {
  const config = getConfig();
  client ??= createDatabaseClient(config.databaseUrl, config);
  return client;
}
