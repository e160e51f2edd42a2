// Runs before `next dev` and `next start`: validates the configuration and the screening
// policy (a bad one stops here with a message, before any server starts), applies pending
// migrations to the configured database, and seeds the demo staff accounts when asked to.
import { spawnSync } from "node:child_process";
import { ConfigError, parseConfig } from "@/lib/server/config";
import { createDatabaseClient } from "@/lib/server/db/client";
import { loadScreeningPolicy } from "@/lib/server/screening-policy";
import { seedDemoAccounts } from "@/lib/server/staff/demo-accounts";

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  loadScreeningPolicy(config.screeningPolicyFile);

  // Prisma's own output is noise on success; on failure it is what the operator needs.
  const migrate = spawnSync("prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: config.databaseUrl },
    encoding: "utf8",
  });
  if (migrate.status !== 0) {
    console.error(migrate.stdout, migrate.stderr);
    throw new Error("prisma migrate deploy failed");
  }
  console.log("Database is up to date.");

  if (process.argv.includes("--seed-demo") || config.seedDemoAccounts) {
    const db = createDatabaseClient(config.databaseUrl, config);
    try {
      const created = await seedDemoAccounts(db);
      console.log(created.length ? `Seeded demo staff accounts: ${created.join(", ")}` : "Demo staff accounts present.");
    } finally {
      await db.$disconnect();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : "Could not prepare the database.");
  process.exit(1);
});
