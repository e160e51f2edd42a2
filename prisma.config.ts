import { defineConfig } from "prisma/config";
import { databaseUrlFrom, isPostgresqlUrl } from "./lib/server/config";
import { createPostgresqlAdapterFactory } from "./lib/server/db/postgresql-adapter";
import { createSqliteAdapterFactory } from "./lib/server/db/sqlite-adapter";

// DATABASE_URL picks the provider: a postgresql:// URL migrates the PostgreSQL schema and
// migrations, anything else the SQLite ones. The JavaScript schema engine works offline;
// Prisma 7's native engine is downloaded on first use, which a locked-down clinic network
// cannot do.
const url = databaseUrlFrom(process.env);
const postgresql = isPostgresqlUrl(url);

// One connection for the CLI: `migrate deploy` takes PostgreSQL's advisory lock (so that
// app servers starting together migrate one at a time) and must release it on the same
// connection, or the lock outlives the migration and the other servers time out waiting.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgresql ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgresql ? "prisma/postgresql/migrations" : "prisma/migrations" },
  adapter: async () =>
    postgresql ? createPostgresqlAdapterFactory(url, { poolSize: 1, statementTimeoutMs: 10 * 60_000 }) : createSqliteAdapterFactory(url),
});
