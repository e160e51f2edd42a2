import type { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";
import { parse, toClientConfig } from "pg-connection-string";

export interface PostgresqlOptions {
  /** Connections this process keeps open at most. */
  poolSize: number;
  /** A statement running longer is cancelled by the server. */
  statementTimeoutMs: number;
}

/**
 * What `pg` needs from a `postgresql://` URL, and the PostgreSQL schema it names. `sslmode`
 * keeps libpq's meaning (`require` encrypts without checking the certificate, `verify-full`
 * checks it). The URL is handed over as separate fields, never as a `connectionString`:
 * with one, Prisma 6.19's shadow database for `migrate diff` and `migrate dev` would connect
 * to the main database instead (see shared toolchain notes).
 */
export function postgresqlConnection(databaseUrl: string, options: PostgresqlOptions): { pool: PoolConfig; schema?: string } {
  const parsed = toClientConfig(parse(databaseUrl, { useLibpqCompat: true })) as ReturnType<typeof toClientConfig> & { schema?: string };
  const { host, port, user, password, database, ssl, application_name, schema } = parsed;
  return {
    pool: { host, port, user, password, database, ssl, application_name, max: options.poolSize, statement_timeout: options.statementTimeoutMs },
    ...(schema ? { schema } : {}),
  };
}

/** What Prisma's client and CLI use of Prisma's PostgreSQL adapter. */
export type PostgresqlAdapterFactory = Pick<PrismaPg, "provider" | "adapterName" | "connect" | "connectToShadowDb">;

/**
 * A driver adapter for a `postgresql://` URL. `pg` and Prisma's adapter for it load with the
 * first connection: a server on SQLite never loads them (3 MB of heap, about 25 ms of its
 * start-up).
 */
export function createPostgresqlAdapterFactory(databaseUrl: string, options: PostgresqlOptions): PostgresqlAdapterFactory {
  const { pool, schema } = postgresqlConnection(databaseUrl, options);
  let factory: Promise<PrismaPg> | undefined;
  const loaded = () => (factory ??= import("@prisma/adapter-pg").then(({ PrismaPg }) => new PrismaPg(pool, schema ? { schema } : undefined)));
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => (await loaded()).connect(),
    connectToShadowDb: async () => (await loaded()).connectToShadowDb(),
  };
}
