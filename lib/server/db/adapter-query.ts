import "server-only";
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { Prisma } from "@/lib/server/generated/sqlite/client";
import type { PostgresqlAdapterFactory } from "./postgresql-adapter";

type AdapterFactory = PrismaBetterSQLite3 | PostgresqlAdapterFactory;
type Adapter = Awaited<ReturnType<AdapterFactory["connect"]>>;
type ArgType = Parameters<Adapter["queryRaw"]>[0]["argTypes"][number];

/** The adapter each client connected last, by client. */
const adapters = new WeakMap<object, () => Adapter | undefined>();

/**
 * Makes the adapter that `factory` connects known to `client`'s `adapterQuery` calls.
 * Prisma connects on the client's first query and disposes of the adapter on `$disconnect`
 * (the server does so once at start-up, before migrating); the next query connects again.
 */
export function trackAdapter<Factory extends AdapterFactory, Client extends object>(factory: Factory, createClient: (factory: Factory) => Client): Client {
  let current: Adapter | undefined;
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = () => {
      if (current === adapter) current = undefined;
      return dispose();
    };
    current = adapter;
    return adapter as never;
  };
  const client = createClient(factory);
  adapters.set(client, () => current);
  return client;
}

/**
 * Runs one raw statement through the driver adapter that Prisma itself runs it through, and
 * returns its rows as objects. What this leaves out is the client's pipeline: Prisma 6.19's
 * client sends even a raw statement, with every parameter, through its query compiler as
 * JSON, and back as a plan, which a CPU profile of `POST /api/submissions` at 10 clients put
 * at 13% of the server's CPU for its two group-commit statements. Arguments are converted as the
 * adapter converts the ORM's own (Dates by the adapter's format, booleans to SQLite's 0 and
 * 1), but the rows come back as the adapter gives them, not in the ORM's types: SQLite's
 * 64-bit integers and PostgreSQL's may come as strings, dates as ISO text. And a failure is
 * the adapter's error (`DriverAdapterError` for the database's own), never one of Prisma's
 * client errors, so `isUniqueViolation` and the like do not apply.
 *
 * Only for single statements outside a transaction: a transaction is Prisma's.
 */
export async function adapterQuery<Row>(client: object, query: Prisma.Sql): Promise<Row[]> {
  const connected = adapters.get(client);
  if (connected === undefined) throw new Error("adapterQuery needs a client made by createDatabaseClient");
  let adapter = connected();
  if (adapter === undefined) {
    await (client as { $connect(): Promise<void> }).$connect();
    adapter = connected()!;
  }
  const result = await adapter.queryRaw({
    // `sql` with `?` placeholders for SQLite, `text` with `$1` for PostgreSQL.
    sql: adapter.provider === "postgres" ? query.text : query.sql,
    args: query.values,
    argTypes: query.values.map(argType),
  });
  return result.rows.map((row) => Object.fromEntries(result.columnNames.map((name, i) => [name, row[i]])) as Row);
}

function argType(value: unknown): ArgType {
  const scalarType: ArgType["scalarType"] =
    value instanceof Date ? "datetime" : typeof value === "boolean" ? "boolean" : typeof value === "bigint" ? "bigint" : typeof value === "number" ? (Number.isInteger(value) ? "int" : "float") : "string";
  return { scalarType, arity: "scalar" };
}
