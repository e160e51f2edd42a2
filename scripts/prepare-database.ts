// `npm run db:migrate`: validates the configuration and the screening policy, and brings
// the configured database up to date (and adds the demo staff accounts when
// SEED_DEMO_ACCOUNTS=true), without starting a server. `npm start` does the same itself
// (instrumentation.ts); this is for operators who migrate as a separate deployment step.
import { ConfigError, parseConfig } from "@/lib/server/config";
import { createDatabaseClient } from "@/lib/server/db/client";
import { prepareDatabase } from "@/lib/server/db/prepare-database";
import { loadPrivacyNotice } from "@/lib/server/privacy-notice";
import { loadScreeningPolicy } from "@/lib/server/screening-policy";

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  loadScreeningPolicy(config.screeningPolicyFile);
  loadPrivacyNotice(config.privacyNoticeFile, config);
  const db = createDatabaseClient(config.databaseUrl, config);
  try {
    const { migrated, seeded } = await prepareDatabase(db, config);
    console.log(migrated.length ? `Applied migrations: ${migrated.join(", ")}` : "Database is up to date.");
    if (seeded.length) console.log(`Seeded demo staff accounts: ${seeded.join(", ")}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Could not prepare the database: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
