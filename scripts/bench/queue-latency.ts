// The staff queue's latency at growing table sizes: each tab's first page, the tab counts,
// searches and a page deep in the list through the cursor, with `SELECT 1` through Prisma
// as the floor. Used by bench:queue (the queue alone, against the goals) and bench:db.
import type { Database, DatabaseProvider } from "@/lib/server/db/client";
import { countSubmissions, listSubmissions } from "@/lib/server/submissions/list-submissions";
import { countLabel, QUEUE_TABS, queueTab, tabFilter } from "@/lib/submissions/queue-tabs";
import type { SubmissionCounts, SubmissionFilter } from "@/lib/submissions/types";
import { PROVIDER_LABELS, type BenchDatabase } from "./databases";
import { submissionSeeder, type SeededRow } from "./seed-submissions";
import { table, timed, type Timing } from "./timing";

export const SIZES = [10_000, 100_000] as const;
const DEEP_PAGE = 50;

/** The goals: every query's p95 under 25 ms at 100k rows, and at most 1.3x the 10k figure. */
export const GOALS = { p95Ms: 25, growth: 1.3 } as const;

/**
 * What a query is held to: both goals; the p95 only, where what it must read grows with the
 * table (a last name shared by ten times the patients at ten times the rows); or nothing,
 * the floor it is compared with.
 */
type Goal = "p95 and growth" | "p95" | "reference";
const GOAL_TEXT: Record<Goal, string> = {
  "p95 and growth": `p95 < ${GOALS.p95Ms}, ×${GOALS.growth}`,
  p95: `p95 < ${GOALS.p95Ms} (matches ×10)`,
  reference: "reference",
};

/** The queue page's list query before its tab: `listQuerySchema`'s defaults. */
const PAGE: SubmissionFilter = { order: "newest", limit: 25 };
const ALL = tabFilter(queueTab("all"), PAGE);

interface QueueContext {
  db: Database;
  /** A patient seeded among the first rows, searched for at both sizes. */
  sample: SeededRow;
  deepCursor: string | undefined;
}

const searchAll = ({ db }: QueueContext, q: string) => listSubmissions(db, { ...ALL, q });

export const QUEUE_QUERIES: { label: string; goal: Goal; run: (context: QueueContext) => Promise<unknown> }[] = [
  ...QUEUE_TABS.map((tab) => ({ label: `tab "${tab.label}"`, goal: "p95 and growth" as const, run: ({ db }: QueueContext) => listSubmissions(db, tabFilter(tab, PAGE)) })),
  { label: "tab counts", goal: "p95 and growth", run: ({ db }) => countSubmissions(db, {}) },
  { label: "search: full name", goal: "p95 and growth", run: (c) => searchAll(c, c.sample.fullName) },
  // Its matches are read by id (lib/server/submissions/search.ts): ten times as many at 100k.
  { label: "search: last name", goal: "p95", run: (c) => searchAll(c, c.sample.lastName) },
  // The page also counts each tab under the search.
  { label: "search: full name, counts", goal: "p95 and growth", run: ({ db, sample }) => countSubmissions(db, { q: sample.fullName }) },
  { label: "search: email", goal: "p95 and growth", run: (c) => searchAll(c, c.sample.email) },
  { label: "search: reference", goal: "p95 and growth", run: (c) => searchAll(c, c.sample.reference) },
  { label: `"All", page ${DEEP_PAGE} by cursor`, goal: "p95 and growth", run: ({ db, deepCursor }) => listSubmissions(db, { ...ALL, cursor: deepCursor }) },
  { label: "SELECT 1 (the floor)", goal: "reference", run: ({ db }) => db.$queryRaw`SELECT 1` },
];

export interface SizeResult {
  seedSeconds: number;
  counts: SubmissionCounts;
  timings: Map<string, Timing>;
}

export interface QueueResult {
  provider: DatabaseProvider;
  sizes: Map<number, SizeResult>;
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

/** Seeds `bench` up to each size in turn (two years of history, then ANALYZE) and times every queue query. */
export async function measureQueue(bench: BenchDatabase, options: { seed: number; now: Date; progress: (message: string) => void }): Promise<QueueResult> {
  const { db, provider } = bench;
  const seeder = await submissionSeeder(db, { provider, seed: options.seed, now: options.now });
  const sizes = new Map<number, SizeResult>();
  let stored = await db.submission.count();
  let sample: SeededRow | undefined;
  for (const size of SIZES) {
    options.progress(`${PROVIDER_LABELS[provider]}: seeding to ${size.toLocaleString("en-GB")} submissions`);
    const start = performance.now();
    const rows = await seeder.add(size - stored);
    stored = size;
    await bench.analyze();
    const seedSeconds = (performance.now() - start) / 1000;
    sample ??= rows[Math.floor(rows.length / 3)];
    if (!sample) throw new Error("nothing seeded");
    const context = { db, sample, deepCursor: await cursorOfPage(db, ALL, DEEP_PAGE) };
    const timings = new Map<string, Timing>();
    for (const query of QUEUE_QUERIES) timings.set(query.label, await timed(() => query.run(context)));
    sizes.set(size, { seedSeconds, counts: await countSubmissions(db, {}), timings });
  }
  return { provider, sizes };
}

const ms = (value: number) => value.toFixed(1);
const kilo = (size: number) => `${size / 1000}k`;
const SHORT: Record<DatabaseProvider, string> = { sqlite: "SQLite", postgresql: "PG" };

/** One row per query: p50 / p95 at each size and the growth, per database, with the goal. */
export function queueTable(results: readonly QueueResult[]): string {
  const [small, large] = SIZES;
  const header = ["query", "goal"];
  for (const { provider } of results) header.push(`${SHORT[provider]} ${kilo(small)}`, `${SHORT[provider]} ${kilo(large)}`, `${SHORT[provider]} growth`);
  const rows = QUEUE_QUERIES.map(({ label, goal }) => {
    const row = [label, GOAL_TEXT[goal]];
    for (const result of results) {
      const [before, after] = SIZES.map((size) => result.sizes.get(size)?.timings.get(label));
      for (const timing of [before, after]) {
        const missed = goal !== "reference" && timing && timing === after && timing.p95 >= GOALS.p95Ms ? " !" : "";
        row.push(timing ? `${ms(timing.p50)} / ${ms(timing.p95)}${missed}` : "-");
      }
      const growth = before && after ? after.p50 / before.p50 : NaN;
      row.push(Number.isNaN(growth) ? "-" : `×${growth.toFixed(2)}${goal === "p95 and growth" && growth > GOALS.growth ? " !" : ""}`);
    }
    return row;
  });
  return table([header, ...rows]);
}

/** What each tab's count shows at each size ("1,000+" past `COUNT_LIMIT`): the seeded history the figures are for. */
export function seededTable(results: readonly QueueResult[]): string {
  const columns = results.flatMap(({ provider, sizes }) => SIZES.map((size) => ({ label: `${SHORT[provider]} ${kilo(size)}`, result: sizes.get(size) })));
  return table([
    ["", ...columns.map(({ label }) => label)],
    ["seconds to seed, with ANALYZE", ...columns.map(({ result }) => (result?.seedSeconds ?? NaN).toFixed(1))],
    ...QUEUE_TABS.map((tab) => [`"${tab.label}" shows`, ...columns.map(({ result }) => (result ? countLabel(tab.count(result.counts)) : "-"))]),
  ]);
}
