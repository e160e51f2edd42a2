/**
 * The part of a better-sqlite3 statement that Prisma's SQLite adapter uses: it runs
 * `connection.prepare(sql).bind(args)`, then `.reader`, `.columns()`, `.raw().all()` or
 * `.run()` on that, and `connection.prepare("BEGIN").run()`. (better-sqlite3 ships no types.)
 */
export interface SqliteStatement {
  readonly reader: boolean;
  bind(args: readonly unknown[]): SqliteStatement;
  columns(): unknown[];
  raw(): { all(): unknown[] };
  run(): unknown;
}

interface RawStatement {
  readonly reader: boolean;
  columns(): unknown[];
  raw(toggle: boolean): { all(args: readonly unknown[]): unknown[] };
  run(args?: readonly unknown[]): unknown;
}

export interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}

/**
 * Statements a connection keeps prepared: the app sends a few dozen distinct SQL texts, more
 * with IN lists of varying length and with group commits (an INSERT for each batch size up to
 * 32 rows, a rate-limit upsert for each up to 64 counters).
 */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Makes `connection.prepare` return statements prepared once per SQL text and reused:
 * the upstream adapter prepares every statement again on each call, a tenth of the time of
 * a submission's INSERT in a CPU profile. The least recently used statement is dropped
 * past `capacity`.
 *
 * better-sqlite3 lets `bind()` be called once per statement object, for good, so the
 * cached statement is never bound: what the adapter gets is a view that passes its own
 * arguments with each run. One statement may serve several views, but never two runs at
 * once: better-sqlite3 runs a statement to its end within one synchronous call.
 */
export function cacheStatements(connection: SqliteConnection, capacity = STATEMENT_CACHE_SIZE): void {
  const prepare = connection.prepare.bind(connection) as unknown as (sql: string) => RawStatement;
  const cache = new Map<string, RawStatement>();
  connection.prepare = (sql) => {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql); // re-inserted below, as the most recently used
    } else {
      statement = prepare(sql);
      const oldest = cache.size >= capacity ? cache.keys().next().value : undefined;
      if (oldest !== undefined) cache.delete(oldest);
    }
    cache.set(sql, statement);
    return withArguments(statement, []);
  };
}

function withArguments(statement: RawStatement, args: readonly unknown[]): SqliteStatement {
  return {
    reader: statement.reader,
    bind: (bound) => withArguments(statement, bound),
    columns: () => statement.columns(),
    raw: () => ({ all: () => statement.raw(true).all(args) }),
    run: () => statement.run(args),
  };
}
