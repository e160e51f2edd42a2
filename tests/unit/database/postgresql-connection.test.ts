import { describe, expect, it } from "vitest";
import { postgresqlConnection } from "@/lib/server/db/postgresql-adapter";

const options = { poolSize: 7, statementTimeoutMs: 9000 };

describe("postgresqlConnection", () => {
  it("hands pg separate fields, never a connection string, with the pool's limits", () => {
    const { pool, schema } = postgresqlConnection("postgresql://clinic:p%40ss@db.clinic.example:6543/screening", options);
    expect(pool).toMatchObject({ host: "db.clinic.example", port: 6543, user: "clinic", password: "p@ss", database: "screening", max: 7, statement_timeout: 9000 });
    expect(pool).not.toHaveProperty("connectionString");
    expect(schema).toBeUndefined();
  });

  it("keeps libpq's meaning of sslmode", () => {
    expect(postgresqlConnection("postgresql://u:p@h/db?sslmode=require", options).pool.ssl).toEqual({ rejectUnauthorized: false });
    expect(postgresqlConnection("postgresql://u:p@h/db?sslmode=verify-full", options).pool.ssl).toEqual({});
    expect(postgresqlConnection("postgresql://u:p@h/db?sslmode=disable", options).pool.ssl).toBe(false);
  });

  it("takes the PostgreSQL schema from ?schema=", () => {
    expect(postgresqlConnection("postgres://u:p@h/db?schema=clinic", options).schema).toBe("clinic");
  });
});
