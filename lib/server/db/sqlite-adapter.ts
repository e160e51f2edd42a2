import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { Mutex } from "async-mutex";
import { cacheStatements, type SqliteConnection } from "./sqlite-statement-cache";

type AdapterFactory = PrismaBetterSQLite3;
type Adapter = Awaited<ReturnType<AdapterFactory["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/** How long a connection waits for another process's write lock before failing. */
const BUSY_TIMEOUT_MS = 5_000;

/** `file:./data/app.db` -> absolute path, relative to the working directory. */
export function sqliteFilePath(databaseUrl: string): string {
  return path.resolve(databaseUrl.replace(/^file:/, ""));
}

/**
 * A better-sqlite3 driver adapter that cannot lose another request's write.
 *
 * The upstream adapter has one connection and serialises transactions with a mutex, but
 * its standalone queries skip that mutex: a write from another request, issued while a
 * transaction is open, runs inside that transaction and vanishes if it rolls back
 * (see README, "Why the SQLite adapter is wrapped"). Here every standalone query waits
 * for the same lock that a transaction holds from BEGIN to COMMIT or ROLLBACK.
 */
export function createSqliteAdapterFactory(databaseUrl: string): AdapterFactory {
  const file = sqliteFilePath(databaseUrl);
  mkdirSync(path.dirname(file), { recursive: true });
  const factory = new PrismaBetterSQLite3({ url: `file:${file}`, timeout: BUSY_TIMEOUT_MS });

  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => guard(await prepare(await connect()));
  factory.connectToShadowDb = async () => guard(await prepare(runsScripts(await connectToShadowDb())));
  return factory;
}

async function prepare(adapter: Adapter): Promise<Adapter> {
  // The upstream adapter keeps its better-sqlite3 connection in `client`, outside its types.
  cacheStatements((adapter as unknown as { client: SqliteConnection }).client);
  // WAL lets readers in other processes (backups, the CLI) work during writes and avoids
  // the rollback-journal lock hangs seen with this client. synchronous is set to FULL, not
  // left to the build: better-sqlite3 is compiled with SQLITE_DEFAULT_WAL_SYNCHRONOUS=1, so
  // a database in WAL mode would run at NORMAL, where a power cut can lose the last
  // submissions already acknowledged. FULL syncs the log on every commit.
  await adapter.executeScript(
    `PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}; PRAGMA foreign_keys = ON;`,
  );
  return adapter;
}

/**
 * Prisma 6.19's schema engine replays a whole migration on the shadow database (for
 * `migrate diff --from-migrations` and `migrate dev`) as one `executeRaw`, which
 * better-sqlite3 refuses ("contains more than one statement"): every drift check fails with
 * P3006. A statement with no parameters runs as a script here instead.
 */
function runsScripts(adapter: Adapter): Adapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  const executeScript = adapter.executeScript.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await executeScript(query.sql);
    return 0;
  };
  return adapter;
}

function guard(adapter: Adapter): Adapter {
  const lock = new Mutex();
  const startTransaction = adapter.startTransaction.bind(adapter);
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const executeScript = adapter.executeScript.bind(adapter);

  adapter.queryRaw = (query) => lock.runExclusive(() => queryRaw(query));
  adapter.executeRaw = (query) => lock.runExclusive(() => executeRaw(query));
  adapter.executeScript = (script) => lock.runExclusive(() => executeScript(script));
  adapter.startTransaction = async (isolationLevel) => {
    const release = await lock.acquire();
    let transaction: Transaction;
    try {
      transaction = await startTransaction(isolationLevel);
    } catch (error) {
      release();
      throw error;
    }
    const commit = transaction.commit.bind(transaction);
    const rollback = transaction.rollback.bind(transaction);
    transaction.commit = () => commit().finally(release);
    transaction.rollback = () => rollback().finally(release);
    return transaction;
  };
  return adapter;
}
