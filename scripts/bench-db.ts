/**
 * The database under load, SQLite beside PostgreSQL: `npm run bench:db`.
 *
 * For each provider, on a throw-away migrated database (a temporary SQLite file; a new
 * embedded PostgreSQL server with real fsync):
 * 1. submissions per second through the real `createSubmission`, 10 in flight, on the
 *    empty database;
 * 2. the staff queue at 10,000 and then 100,000 stored submissions (scripts/bench/
 *    queue-latency.ts, which bench:queue prints on its own).
 * Not a test: nothing asserts.
 */
import type { Intake } from "@/lib/questionnaire";
import { defaultPolicy } from "@/lib/screening";
import type { Database, DatabaseProvider } from "@/lib/server/db/client";
import { createSubmission } from "@/lib/server/submissions/create-submission";
import { OUTCOMES, type Outcome } from "@/lib/vocabulary";
import { openBenchDatabase, PROVIDER_LABELS, type BenchDatabase } from "./bench/databases";
import { measureQueue, queueTable, seededTable, type QueueResult } from "./bench/queue-latency";
import { intakeMix } from "./bench/seed-submissions";
import { machineLine, table, timingOf, type Timing } from "./bench/timing";

const SEED = 20261123;
const PROVIDERS: DatabaseProvider[] = ["sqlite", "postgresql"];

const WRITE_CONCURRENCY = 10;
const WRITE_WARM_UP_MS = 1_000;
const WRITE_RUN_MS = 5_000;

interface WriteResult extends Timing {
  perSecond: number;
  outcomes: Record<Outcome, number>;
}

interface ProviderResult {
  provider: DatabaseProvider;
  settings: Record<string, string>;
  writes: WriteResult;
  queue: QueueResult;
}

const progress = (message: string) => process.stderr.write(`${message}\n`);

/** `WRITE_CONCURRENCY` patients submitting at once, each a new request (its own key). */
async function runWrites(db: Database, intakes: readonly Intake[], durationMs: number): Promise<WriteResult> {
  const latencies: number[] = [];
  const outcomes: Record<Outcome, number> = { eligible: 0, needs_review: 0, not_suitable: 0 };
  let next = 0;
  const start = performance.now();
  const deadline = start + durationMs;
  const submitter = async () => {
    while (performance.now() < deadline) {
      const intake = intakes[next++ % intakes.length]!;
      const before = performance.now();
      const receipt = await createSubmission(db, { intake, idempotencyKey: crypto.randomUUID(), policy: defaultPolicy, now: new Date() });
      latencies.push(performance.now() - before);
      outcomes[receipt.outcome] += 1;
    }
  };
  await Promise.all(Array.from({ length: WRITE_CONCURRENCY }, submitter));
  return { ...timingOf(latencies), perSecond: (latencies.length / (performance.now() - start)) * 1000, outcomes };
}

async function benchProvider(bench: BenchDatabase, intakes: readonly Intake[], now: Date): Promise<ProviderResult> {
  const { db, provider } = bench;
  progress(`${PROVIDER_LABELS[provider]}: ${WRITE_RUN_MS / 1000} s of submissions, ${WRITE_CONCURRENCY} in flight`);
  await runWrites(db, intakes, WRITE_WARM_UP_MS);
  const writes = await runWrites(db, intakes, WRITE_RUN_MS);
  // The queue is measured on seeded history alone.
  await db.submission.deleteMany();
  const queue = await measureQueue(bench, { seed: SEED, now, progress });
  return { provider, settings: bench.settings, writes, queue };
}

function printReport(results: ProviderResult[], elapsedMs: number): void {
  console.log(machineLine("bench:db"));
  for (const result of results) {
    const settings = Object.entries(result.settings).map(([name, value]) => `${name} ${value}`);
    const durable = result.provider === "postgresql" ? " (durable: real fsync)" : " (temporary file)";
    console.log(`  ${PROVIDER_LABELS[result.provider].padEnd(10)} ${settings.join(", ")}${durable}`);
  }

  const mix = (outcomes: Record<Outcome, number>) => {
    const total = OUTCOMES.reduce((sum, outcome) => sum + outcomes[outcome], 0);
    return OUTCOMES.map((outcome) => `${Math.round((outcomes[outcome] / total) * 100)}%`).join(" / ");
  };
  console.log(`\n1. createSubmission on an empty database: ${WRITE_CONCURRENCY} in flight, ${WRITE_RUN_MS / 1000} s after ${WRITE_WARM_UP_MS / 1000} s of warm-up`);
  console.log(
    table([
      ["", ...results.map((result) => PROVIDER_LABELS[result.provider])],
      ["submissions/s", ...results.map((r) => Math.round(r.writes.perSecond).toLocaleString("en-GB"))],
      ["submissions stored", ...results.map((r) => r.writes.runs.toLocaleString("en-GB"))],
      ["latency p50 ms", ...results.map((r) => r.writes.p50.toFixed(1))],
      ["latency p95 ms", ...results.map((r) => r.writes.p95.toFixed(1))],
      ["outcomes: eligible / review / not suitable", ...results.map((r) => mix(r.writes.outcomes))],
    ]),
  );

  console.log("\n2. The queue: p50 / p95 in ms (limit 25, as the page asks); growth = p50 at 100k / p50 at 10k");
  console.log(queueTable(results.map((result) => result.queue)));
  console.log("\nThe seeded history (two years; most older submissions decided), and what each tab holds:");
  console.log(seededTable(results.map((result) => result.queue)));
  console.log(`\ntotal run time ${(elapsedMs / 1000).toFixed(0)} s`);
}

const open = new Set<BenchDatabase>();
// Ctrl-C must not leave a PostgreSQL server or a temporary folder behind.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void Promise.allSettled([...open].map((bench) => bench.close())).finally(() => process.exit(130)));
}

async function main(): Promise<void> {
  const start = performance.now();
  const now = new Date();
  const intakes = intakeMix(1000, { seed: SEED, now });
  const results: ProviderResult[] = [];
  for (const provider of PROVIDERS) {
    progress(`${PROVIDER_LABELS[provider]}: starting and migrating`);
    const bench = await openBenchDatabase(provider);
    open.add(bench);
    try {
      results.push(await benchProvider(bench, intakes, now));
    } finally {
      await bench.close();
      open.delete(bench);
    }
  }
  printReport(results, performance.now() - start);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
