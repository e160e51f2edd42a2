// The PostgreSQL schema, derived from the SQLite one (prisma/schema.prisma, the one source
// of the data model): `npm run db:schema` writes it, and a unit test fails when the
// committed file is not what this gives.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
export const SQLITE_SCHEMA = path.join(root, "prisma/schema.prisma");
export const POSTGRESQL_SCHEMA = path.join(root, "prisma/postgresql/schema.prisma");

const HEADER = "// Generated from prisma/schema.prisma by `npm run db:schema`: edit that file, not this one.\n\n";

function replaceOnce(text: string, from: RegExp, to: string): string {
  if (!from.test(text)) throw new Error(`prisma/schema.prisma no longer has ${from}`);
  return text.replace(from, to);
}

/** The PostgreSQL schema for the SQLite schema `sqlite`. */
export function postgresqlSchema(sqlite: string): string {
  let schema = replaceOnce(sqlite, /output(\s*)= "\.\.\/lib\/server\/generated\/sqlite"/, 'output$1= "../../lib/server/generated/postgresql"');
  schema = replaceOnce(schema, /provider(\s*)= "sqlite"/, 'provider$1= "postgresql"');
  // Unused at run time, like the SQLite one: the driver adapter connects.
  schema = replaceOnce(schema, /url(\s*)= "file:[^"]*"/, 'url$1= "postgresql://localhost/unused"');
  schema = schema.replace(/^(\s*)\/\/ postgresql: /gm, "$1").replace(/^.*\/\/ sqlite only\n/gm, "");
  return HEADER + schema;
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(POSTGRESQL_SCHEMA, postgresqlSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
  console.log(`Wrote ${path.relative(root, POSTGRESQL_SCHEMA)}`);
}
