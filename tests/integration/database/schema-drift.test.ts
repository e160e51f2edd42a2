import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseProvider } from "@/lib/server/db/client";

const root = path.resolve(import.meta.dirname, "../../..");
const prisma = path.join(root, "node_modules/.bin/prisma");

/** `prisma migrate diff --exit-code` against this file's database: 0 when the migrations build exactly the schema, 2 when they drift. */
function migrateDiff(migrations: string, schema: string) {
  return spawnSync(prisma, ["migrate", "diff", "--from-migrations", migrations, "--to-schema-datamodel", schema, "--exit-code"], {
    cwd: root,
    env: { ...process.env },
    encoding: "utf8",
  });
}

const folders = {
  sqlite: { migrations: "prisma/migrations", schema: "prisma/schema.prisma" },
  postgresql: { migrations: "prisma/postgresql/migrations", schema: "prisma/postgresql/schema.prisma" },
};
const { migrations, schema } = folders[databaseProvider(process.env.DATABASE_URL!)];

describe(`the migrations in ${migrations}`, () => {
  it(`build exactly ${schema}`, () => {
    const diff = migrateDiff(migrations, schema);
    expect(diff.stdout).toContain("No difference detected");
    expect(diff.status).toBe(0);
  });

  it("are found drifting from a schema with one more index", () => {
    const drifted = path.join(mkdtempSync(path.join(tmpdir(), "drift-")), "schema.prisma");
    const text = readFileSync(path.join(root, schema), "utf8").replace("@@index([dateOfBirth])", "@@index([dateOfBirth])\n  @@index([phone])");
    writeFileSync(drifted, text);
    const diff = migrateDiff(migrations, drifted);
    expect(diff.stdout).toMatch(/Added index on columns \(phone\)/);
    expect(diff.status).toBe(2);
  });
});
