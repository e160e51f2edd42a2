import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRESQL_SCHEMA, postgresqlSchema, SQLITE_SCHEMA } from "@/scripts/postgresql-schema";

describe("prisma/postgresql/schema.prisma", () => {
  it("is what `npm run db:schema` makes of prisma/schema.prisma (run it after changing the models)", () => {
    expect(readFileSync(POSTGRESQL_SCHEMA, "utf8")).toBe(postgresqlSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("switches the provider and the client, and keeps the lines only PostgreSQL has", () => {
    const schema = postgresqlSchema(readFileSync(SQLITE_SCHEMA, "utf8"));
    expect(schema).toMatch(/provider = "postgresql"/);
    expect(schema).toMatch(/output\s+= "\.\.\/\.\.\/lib\/server\/generated\/postgresql"/);
    expect(schema).toMatch(/^\s+@@index\(\[nameSearch\], map: "submissions_nameSearch_prefix_idx"\)/m);
    expect(schema).not.toMatch(/"sqlite"|^\s*\/\/ postgresql: |sqlite only/m);
  });
});
