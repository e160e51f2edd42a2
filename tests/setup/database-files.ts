import path from "node:path";

/** Where test databases live (git-ignored). */
export const TEST_DATA_DIR = path.resolve(import.meta.dirname, "../.tmp");

/** A database migrated once per run, copied for each test file. */
export const TEMPLATE_DATABASE = path.join(TEST_DATA_DIR, "template.db");
