// Child process of kill.test.ts: stores submissions as fast as it can, several at once as
// patients arriving together do (so that they share batches: lib/server/db/group-commit.ts),
// and prints the id of each one as soon as it is acknowledged, until it is killed.
import { defaultPolicy } from "@/lib/screening";
import { createDatabaseClient } from "@/lib/server/db/client";
import { createSubmission } from "@/lib/server/submissions/create-submission";
import { intakeWith } from "@/tests/fixtures/intake";

const db = createDatabaseClient(process.env.DATABASE_URL!);
const AT_ONCE = 8;

let next = 0;
async function writer(): Promise<never> {
  for (;;) {
    const i = next++;
    const receipt = await createSubmission(db, {
      intake: intakeWith({ answers: { coldSores: i % 2 ? "history" : "never" }, patient: { email: `p${i}@example.com` } }),
      idempotencyKey: `kill-${i}`,
      policy: defaultPolicy,
      now: new Date(),
    });
    process.stdout.write(`${receipt.id}\n`);
  }
}

await Promise.all(Array.from({ length: AT_ONCE }, writer));
