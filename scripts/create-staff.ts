// Creates a staff account on the configured database:
//   npm run staff:create -- --email name@clinic.example --role clinician [--name "Full Name"]
// The password is read from standard input (typed without echo on a terminal, or piped),
// never from the command line, where it would land in the shell history and `ps`.
import { parseArgs } from "node:util";
import { read } from "read";
import { validate, type FieldIssue } from "@/lib/issues";
import { newStaffSchema } from "@/lib/staff/schemas";
import { SYSTEM_ACTOR } from "@/lib/server/audit/audit-event";
import { ConfigError, parseConfig } from "@/lib/server/config";
import { createDatabaseClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
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
  const input = validate(newStaffSchema, { email: values.email, role: values.role, name: values.name ?? values.email, password: await readPassword() });
  if (!input.ok) return refuse(input.issues);
  const db = createDatabaseClient(config.databaseUrl);
  try {
    await createStaffUser(db, SYSTEM_ACTOR, input.data);
    console.log(`Created ${input.data.role} account for ${input.data.email}.`);
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.details.issues) return refuse(error.details.issues);
    throw error;
  } finally {
    await db.$disconnect();
  }
}

function refuse(issues: readonly FieldIssue[]): number {
  for (const issue of issues) console.error(`${issue.path}: ${issue.message}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : "Could not create the account.");
    process.exit(1);
  },
);
