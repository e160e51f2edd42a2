import { defineConfig } from "prisma/config";
import { createSqliteAdapterFactory } from "./lib/server/db/sqlite-adapter";
import { databaseUrlFrom } from "./lib/server/config";

// The JavaScript schema engine works offline; Prisma 7's native engine is downloaded on
// first use, which a locked-down clinic network cannot do.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => createSqliteAdapterFactory(databaseUrlFrom(process.env)),
});
