// Runs before `next dev` and `next start`: validates the configuration (a bad one stops
// here with a message, before any server starts), applies pending migrations to the
// configured database, and seeds the demo staff accounts when asked to.
import { execFileSync } from "node:child_process";
import { ConfigError, parseConfig } from "@/lib/server/config";
import { createDatabaseClient } from "@/lib/server/db/client";
import { seedDemoAccounts } from "@/lib/server/staff/demo-accounts";

async function main(): Promise<void> {
  const config = parseConfig(process.env);

  execFileSync("prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: config.databaseUrl },
    stdio: ["ignore", "ignore", "inherit"],
  });
  console.log("Database is up to date.");

  if (process.argv.includes("--seed-demo") || config.seedDemoAccounts) {
    const db = createDatabaseClient(config.databaseUrl);
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
