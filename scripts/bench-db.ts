/**
 * The database under load, SQLite beside PostgreSQL: `npm run bench:db`.
 *
 * For each provider, on a throw-away migrated database (a temporary SQLite file; a new
 * embedded PostgreSQL server with real fsync):
 * 1. submissions per second through the real `createSubmission`, 10 in flight, on the
 *    empty database;
 * 2. the staff queue's latency at 10,000 and then 100,000 stored submissions (seeded with
 *    two years of history, then ANALYZEd): each tab's first page, the tab counts, a
 *    search by name, email and reference, and a page deep in "All" through the cursor,
 *    with `SELECT 1` through Prisma as the floor.
 * Not a test: targets are printed beside the figures, nothing asserts.
 */
import { cpus, totalmem } from "node:os";
import type { Intake } from "@/lib/questionnaire";
import { defaultPolicy } from "@/lib/screening";
import type { Database, DatabaseProvider } from "@/lib/server/db/client";
import { countSubmissions, listSubmissions } from "@/lib/server/submissions/list-submissions";
import { createSubmission } from "@/lib/server/submissions/create-submission";
import { QUEUE_TABS, queueTab, tabFilter } from "@/lib/submissions/queue-tabs";
import type { SubmissionCounts, SubmissionFilter } from "@/lib/submissions/types";
import { OUTCOMES, type Outcome } from "@/lib/vocabulary";
import { openBenchDatabase, PROVIDER_LABELS, type BenchDatabase } from "./bench/databases";
import { intakeMix, submissionSeeder, type SeededRow } from "./bench/seed-submissions";

const SEED = 20261123;
const PROVIDERS: DatabaseProvider[] = ["sqlite", "postgresql"];

const WRITE_CONCURRENCY = 10;
const WRITE_WARM_UP_MS = 1_000;
const WRITE_RUN_MS = 5_000;

const SIZES = [10_000, 100_000] as const;
const WARM_UP_RUNS = 10;
const RUNS = 200;
// A full scan at 100,000 rows takes hundreds of ms on SQLite: cap each query's warm-up and
// runs in time so that the whole benchmark stays within about four minutes, and print how
// many runs a capped query got.
const WARM_UP_BUDGET_MS = 500;
const MIN_RUNS = 30;
const QUERY_BUDGET_MS = 2_500;
const DEEP_PAGE = 50;

// Working targets, not requirements: the staff page runs the counts and one list at once
// and should answer well within 200 ms; a clinic's busiest minute is a few submissions.
const TARGET_WRITES_PER_SECOND = 50;
const TARGET_P95_MS = { list: 50, counts: 100, search: 150 } as const;

/** The queue page's list query before its tab: `listQuerySchema`'s defaults. */
const PAGE: SubmissionFilter = { order: "newest", limit: 25 };
const ALL_TAB = queueTab("all");

interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

interface WriteResult extends Timing {
  perSecond: number;
  outcomes: Record<Outcome, number>;
}

interface SizeResult {
  seedSeconds: number;
  counts: SubmissionCounts;
  timings: Map<string, Timing>;
}

interface ProviderResult {
  provider: DatabaseProvider;
  settings: Record<string, string>;
  writes: WriteResult;
  sizes: Map<number, SizeResult>;
}

/** What a queue query needs besides the database: whom to search for, where page 50 starts. */
interface QueueContext {
  db: Database;
  sample: SeededRow;
  deepCursor: string | undefined;
}

const ALL = tabFilter(ALL_TAB, PAGE);
const searchAll = ({ db }: QueueContext, q: string) => listSubmissions(db, tabFilter(ALL_TAB, { ...PAGE, q }));

const QUEUE_QUERIES: { label: string; target?: number; run: (context: QueueContext) => Promise<unknown> }[] = [
  ...QUEUE_TABS.map((tab) => ({
    label: `tab "${tab.label}"`,
    target: TARGET_P95_MS.list,
    run: ({ db }: QueueContext) => listSubmissions(db, tabFilter(tab, PAGE)),
  })),
  { label: "tab counts", target: TARGET_P95_MS.counts, run: ({ db }) => countSubmissions(db, {}) },
  { label: "search: full name", target: TARGET_P95_MS.search, run: (c) => searchAll(c, c.sample.fullName) },
  // The page also counts each tab under the search: on SQLite that scans the table again.
  { label: "search: full name, counts", target: TARGET_P95_MS.search, run: ({ db, sample }) => countSubmissions(db, { q: sample.fullName }) },
  { label: "search: email", target: TARGET_P95_MS.search, run: (c) => searchAll(c, c.sample.email) },
  { label: "search: reference", target: TARGET_P95_MS.search, run: (c) => searchAll(c, c.sample.reference) },
  { label: `"All", page ${DEEP_PAGE} by cursor`, target: TARGET_P95_MS.list, run: ({ db, deepCursor }) => listSubmissions(db, { ...ALL, cursor: deepCursor }) },
  { label: "SELECT 1 (the floor)", run: ({ db }) => db.$queryRaw`SELECT 1` },
];

function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

function timingOf(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), runs: sorted.length };
}

async function time(run: () => Promise<unknown>): Promise<Timing> {
  const warmUp = performance.now();
  for (let index = 0; index < WARM_UP_RUNS && (index < 2 || performance.now() - warmUp < WARM_UP_BUDGET_MS); index++) await run();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < RUNS && (samples.length < MIN_RUNS || performance.now() - start < QUERY_BUDGET_MS)) {
    const before = performance.now();
    await run();
    samples.push(performance.now() - before);
  }
  return timingOf(samples);
}

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

/** The cursor that opens page `page` of a list, followed from its first page as a user would. */
async function cursorOfPage(db: Database, filter: SubmissionFilter, page: number): Promise<string | undefined> {
  let cursor: string | undefined;
  for (let shown = 1; shown < page; shown++) {
    cursor = (await listSubmissions(db, { ...filter, cursor })).nextCursor ?? undefined;
    if (!cursor) throw new Error(`the list ends before page ${page}`);
  }
  return cursor;
}

async function benchProvider(bench: BenchDatabase, intakes: readonly Intake[], now: Date): Promise<ProviderResult> {
  const { db, provider } = bench;
  const label = PROVIDER_LABELS[provider];
  progress(`${label}: ${WRITE_RUN_MS / 1000} s of submissions, ${WRITE_CONCURRENCY} in flight`);
  await runWrites(db, intakes, WRITE_WARM_UP_MS);
  const writes = await runWrites(db, intakes, WRITE_RUN_MS);
  // The queue is measured on seeded history alone.
  await db.submission.deleteMany();

  const seeder = await submissionSeeder(db, { provider, seed: SEED, now });
  const sizes = new Map<number, SizeResult>();
  let stored = 0;
  let sample: SeededRow | undefined;
  for (const size of SIZES) {
    progress(`${label}: seeding to ${size.toLocaleString("en-GB")} submissions`);
    const start = performance.now();
    const rows = await seeder.add(size - stored);
    stored = size;
    await bench.analyze();
    const seedSeconds = (performance.now() - start) / 1000;
    // A patient among the first rows, so that both sizes search for the same person.
    sample ??= rows[Math.floor(rows.length / 3)];
    if (!sample) throw new Error("nothing seeded");
    const context = { db, sample, deepCursor: await cursorOfPage(db, ALL, DEEP_PAGE) };
    const timings = new Map<string, Timing>();
    for (const query of QUEUE_QUERIES) timings.set(query.label, await time(() => query.run(context)));
    sizes.set(size, { seedSeconds, counts: await countSubmissions(db, {}), timings });
  }
  return { provider, settings: bench.settings, writes, sizes };
}

// --- Printing -------------------------------------------------------------------------

const ms = (value: number) => value.toFixed(1);
const whole = (value: number) => Math.round(value).toLocaleString("en-GB");
const kilo = (size: number) => `${size / 1000}k`;
const SHORT_LABELS: Record<DatabaseProvider, string> = { sqlite: "SQLite", postgresql: "PG" };

/** Plain-text columns: the first left-aligned, the rest right-aligned. */
function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  return rows
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("   ").trimEnd())
    .join("\n");
}

function printReport(results: ProviderResult[], elapsedMs: number): void {
  const cpu = cpus();
  console.log(`bench:db  ${new Date().toISOString().slice(0, 16)}Z  Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB`);
  for (const result of results) {
    const settings = Object.entries(result.settings).map(([name, value]) => `${name} ${value}`);
    const durable = result.provider === "postgresql" ? " (durable: real fsync)" : " (temporary file)";
    console.log(`  ${PROVIDER_LABELS[result.provider].padEnd(10)} ${settings.join(", ")}${durable}`);
  }
  console.log(`  rows: an empty database, then ${SIZES.map((size) => size.toLocaleString("en-GB")).join(" and ")} seeded submissions`);
  console.log("  Targets are working figures printed beside the results; nothing is enforced.\n");

  const headers = ["", ...results.map((result) => PROVIDER_LABELS[result.provider])];
  console.log(`1. createSubmission on an empty database: ${WRITE_CONCURRENCY} in flight, ${WRITE_RUN_MS / 1000} s after ${WRITE_WARM_UP_MS / 1000} s of warm-up`);
  const mix = (outcomes: Record<Outcome, number>) => {
    const total = OUTCOMES.reduce((sum, outcome) => sum + outcomes[outcome], 0);
    return OUTCOMES.map((outcome) => `${Math.round((outcomes[outcome] / total) * 100)}%`).join(" / ");
  };
  console.log(
    table([
      [...headers, "target"],
      ["submissions/s", ...results.map((r) => whole(r.writes.perSecond)), `>= ${TARGET_WRITES_PER_SECOND}`],
      ["submissions stored", ...results.map((r) => whole(r.writes.runs)), ""],
      ["latency p50 ms", ...results.map((r) => ms(r.writes.p50)), ""],
      ["latency p95 ms", ...results.map((r) => ms(r.writes.p95)), ""],
      ["outcomes: eligible / review / not suitable", ...results.map((r) => mix(r.writes.outcomes)), "72 / 16 / 12%"],
    ]),
  );

  console.log(
    `\n2. The queue (limit 25, newest or queue order as the page uses): p50 / p95 in ms over ${RUNS} runs after up to ${WARM_UP_RUNS} warm-up; × = p50 at ${kilo(SIZES[1])} / p50 at ${kilo(SIZES[0])}`,
  );
  const header = ["query", "target p95"];
  for (const { provider } of results) header.push(...SIZES.map((size) => `${SHORT_LABELS[provider]} ${kilo(size)}`), `${SHORT_LABELS[provider]} ×`);
  const rows = QUEUE_QUERIES.map(({ label, target }) => {
    const row = [label, target === undefined ? "" : `${target}`];
    for (const result of results) {
      const [small, large] = SIZES.map((size) => result.sizes.get(size)?.timings.get(label));
      for (const timing of [small, large]) {
        const runs = timing && timing.runs < RUNS ? ` (n=${timing.runs})` : "";
        const over = timing && target !== undefined && timing.p95 > target ? " !" : "";
        row.push(timing ? `${ms(timing.p50)} / ${ms(timing.p95)}${runs}${over}` : "-");
      }
      row.push(small && large ? `×${(large.p50 / small.p50).toFixed(1)}` : "-");
    }
    return row;
  });
  console.log(table([header, ...rows]));
  console.log(`  ! p95 above target.  (n=...): fewer than ${RUNS} runs, as each query has ${QUERY_BUDGET_MS / 1000} s (and at least ${MIN_RUNS} runs).`);

  console.log("\n   The seeded history (two years; most older submissions decided), and what each tab holds");
  const columns = results.flatMap(({ provider, sizes }) => SIZES.map((size, index) => ({ provider, size, added: size - (SIZES[index - 1] ?? 0), result: sizes.get(size) })));
  console.log(
    table([
      ["", ...columns.map(({ provider, size }) => `${SHORT_LABELS[provider]} ${kilo(size)}`)],
      ["rows added", ...columns.map(({ added }) => whole(added))],
      ["seconds to add them, with ANALYZE", ...columns.map(({ result }) => (result?.seedSeconds ?? NaN).toFixed(1))],
      ...QUEUE_TABS.map((tab) => [`rows in "${tab.label}"`, ...columns.map(({ result }) => (result ? whole(tab.count(result.counts)) : "-"))]),
    ]),
  );
  console.log(`\ntotal run time ${(elapsedMs / 1000).toFixed(0)} s`);
}

// --- Main -----------------------------------------------------------------------------

const open = new Set<BenchDatabase>();
// Ctrl-C must not leave a PostgreSQL server or a temporary folder behind.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void Promise.allSettled([...open].map((bench) => bench.close())).finally(() => process.exit(130));
  });
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
