import { execFileSync } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startPostgresql } from "@/scripts/embedded-postgresql";

export const TEMPLATE_DATABASE = "app_template";

declare module "vitest" {
  export interface ProvidedContext {
    /** The superuser's URL of the test run's PostgreSQL server. */
    postgresqlAdminUrl: string;
  }
}

/**
 * Starts one throw-away PostgreSQL server for the run and migrates a template database with
 * the real migrations; each test file gets its own copy (tests/setup/postgresql-database.ts).
 * If the server cannot start, the whole tier fails here, loudly.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgresql({ durable: false });
  await server.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  const prisma = path.resolve(import.meta.dirname, "../../node_modules/.bin/prisma");
  execFileSync(prisma, ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: server.url(TEMPLATE_DATABASE) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  project.provide("postgresqlAdminUrl", server.url());
  return () => server.stop();
}
