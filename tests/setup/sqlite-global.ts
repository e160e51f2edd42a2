import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { createDatabaseClient } from "@/lib/server/db/client";
import { TEMPLATE_DATABASE, TEST_DATA_DIR } from "./database-files";

/** Migrates one template database with the real migrations; each test file copies it. */
export default async function setup(): Promise<void> {
  rmSync(TEST_DATA_DIR, { recursive: true, force: true });
  mkdirSync(TEST_DATA_DIR, { recursive: true });
  const url = `file:${TEMPLATE_DATABASE}`;
  const prisma = path.resolve(import.meta.dirname, "../../node_modules/.bin/prisma");
  execFileSync(prisma, ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "pipe"],
  });
  // Fold the write-ahead log into the file so that a plain copy is complete.
  const db = createDatabaseClient(url);
  await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  await db.$disconnect();
}
