// Child process of kill.test.ts: stores submissions as fast as it can and prints the id of
// each one as soon as it is acknowledged, until it is killed.
import { defaultPolicy } from "@/lib/screening";
import { createDatabaseClient } from "@/lib/server/db/client";
import { createSubmission } from "@/lib/server/submissions/create-submission";
import { intakeWith } from "@/tests/fixtures/intake";

const db = createDatabaseClient(process.env.DATABASE_URL!);

for (let i = 0; ; i++) {
  const receipt = await createSubmission(db, {
    intake: intakeWith({ answers: { coldSores: i % 2 ? "history" : "never" }, patient: { email: `p${i}@example.com` } }),
    idempotencyKey: `kill-${i}`,
    policy: defaultPolicy,
    now: new Date(),
  });
  process.stdout.write(`${receipt.id}\n`);
}
