import { copyFileSync } from "node:fs";
import path from "node:path";
import { TEMPLATE_DATABASE, TEST_DATA_DIR } from "./database-files";

// A fresh, migrated database for this test file, before any app module reads the config.
const file = path.join(TEST_DATA_DIR, `test-${process.pid}-${crypto.randomUUID()}.db`);
copyFileSync(TEMPLATE_DATABASE, file);
process.env.DATABASE_URL = `file:${file}`;
