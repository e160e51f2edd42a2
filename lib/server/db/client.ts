import "server-only";
import { getConfig } from "@/lib/server/config";
import { PrismaClient } from "@/lib/server/generated/prisma/client";
import { createSqliteAdapterFactory } from "./sqlite-adapter";

export type Database = PrismaClient;

/** A client on the given SQLite URL, through the write-safe adapter. */
export function createDatabaseClient(databaseUrl: string): Database {
  return new PrismaClient({ adapter: createSqliteAdapterFactory(databaseUrl) });
}

let client: Database | undefined;

/** The process's one database client, created on first use. */
export function getDatabase(): Database {
  client ??= createDatabaseClient(getConfig().databaseUrl);
  return client;
}
