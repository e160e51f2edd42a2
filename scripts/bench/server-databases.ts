// Fresh databases for servers under test: each server gets its own, migrated with the real
// migrations (copied from a template migrated once). SQLite files live in a temporary
// folder; PostgreSQL databases on a throw-away durable server (real fsync), as in production.
import path from "node:path";
import { createDatabaseClient, type DatabaseProvider } from "@/lib/server/db/client";
import { startPostgresql } from "@/scripts/embedded-postgresql";
import { onCleanup } from "./cleanup";
import { migrate } from "./databases";

export interface ServerDatabases {
  /** The settings that move the figures, as `name value` pairs. */
  settings: Record<string, string>;
  /** The URL of a new database with every migration applied. */
  migrated(name: string): Promise<string>;
}

/** Databases for `provider`; everything they hold is deleted at clean-up. */
export async function serverDatabases(provider: DatabaseProvider, folder: string): Promise<ServerDatabases> {
  return provider === "sqlite" ? sqliteDatabases(folder) : postgresqlDatabases();
}

async function sqliteDatabases(folder: string): Promise<ServerDatabases> {
  const url = (name: string) => `file:${path.join(folder, `${name}.db`)}`;
  const template = url("template");
  migrate(template);
  const source = createDatabaseClient(template);
  onCleanup(() => source.$disconnect());
  const [version] = await source.$queryRaw<{ version: string }[]>`SELECT sqlite_version() AS version`;
  return {
    settings: { version: version?.version ?? "?" },
    async migrated(name) {
      // A consistent copy, whatever the write-ahead log still holds.
      await source.$executeRaw`VACUUM INTO ${path.join(folder, `${name}.db`)}`;
      return url(name);
    },
  };
}

async function postgresqlDatabases(): Promise<ServerDatabases> {
  const server = await startPostgresql({ durable: true });
  onCleanup(() => server.stop());
  await server.query("CREATE DATABASE bench_template");
  migrate(server.url("bench_template"));
  const settings: Record<string, string> = {};
  for (const name of ["server_version", "fsync", "synchronous_commit", "max_connections"]) {
    settings[name] = String((await server.query(`SHOW ${name}`)).rows[0]?.[name]);
  }
  return {
    settings,
    async migrated(name) {
      await server.query(`CREATE DATABASE ${name} TEMPLATE bench_template`);
      return server.url(name);
    },
  };
}
