// Creates a staff account on the configured database:
//   npm run staff:create -- --email name@clinic.example --role clinician [--name "Full Name"]
// The password is read from standard input (typed without echo on a terminal, or piped),
// never from the command line, where it would land in the shell history and `ps`.
import { parseArgs } from "node:util";
import { read } from "read";
import { ConfigError, parseConfig } from "@/lib/server/config";
import { createDatabaseClient } from "@/lib/server/db/client";
import { createStaffUser } from "@/lib/server/staff/create-staff-user";

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) return read({ prompt: "Password: ", silent: true, replace: "*" });
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text.replace(/\r?\n$/, "");
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
  });
  const config = parseConfig(process.env);
  const password = await readPassword();
  const db = createDatabaseClient(config.databaseUrl);
  try {
    const result = await createStaffUser(db, { email: values.email, role: values.role, name: values.name ?? values.email, password }, null);
    if (!result.ok) {
      for (const problem of result.problems) console.error(`${problem.path}: ${problem.message}`);
      return 1;
    }
    console.log(`Created ${values.role} account for ${values.email}.`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : "Could not create the account.");
    process.exit(1);
  },
);
