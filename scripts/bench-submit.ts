/**
 * A patient's submission over HTTP, the app beside the floor: `npm run bench:submit`.
 *
 * Builds the app (`npm run build`) and the bare Next.js app of scripts/bench/bare-next, whose
 * one route writes the same row with the same driver and nothing else. Then, for SQLite and
 * for PostgreSQL (a throw-away durable server), each served by its start script without npm
 * (the app's scripts/start.mjs, the bare app's `next start`) on a fresh migrated database:
 * 1. autocannon at 1, 10 and 50 clients against both, three interleaved runs, every POST
 *    a distinct valid intake with its own Idempotency-Key: submissions per second, p95
 *    latency, the server's CPU time per submission (its process tree's utime + stime from
 *    /proc) and the peak resident memory of that tree under load;
 * 2. on SQLite, the bare route at synchronous NORMAL too: what FULL's fsync per commit costs;
 *    and on both, the bare route started as the app is (by the app's scripts/start.mjs, with
 *    the app's heap growth, HEAP_GROWTH_PERCENT), whose peak memory is printed beside the
 *    goal's, like for like;
 * 3. cold start on an up-to-date database, as after a deployment or a crash, until the first
 *    200 from /api/health (the app) and / (the bare app): each started with `npm start`, as
 *    a clinic starts it, and without npm's own quarter of a second.
 * Medians of the runs, beside the goals. Not a test: nothing asserts. Servers, PostgreSQL
 * and the temporary folder are removed however the run ends.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseConfig } from "@/lib/server/config";
import type { DatabaseProvider } from "@/lib/server/db/client";
import { freePort } from "@/scripts/embedded-postgresql";
import { cleanUp, cleanUpOnSignals, onCleanup } from "./bench/cleanup";
import { PROVIDER_LABELS } from "./bench/databases";
import { cpuMs, processTree, samplePeakRss } from "./bench/process-tree";
import { intakeMix } from "./bench/seed-submissions";
import { serverDatabases, type ServerDatabases } from "./bench/server-databases";
import { BARE_APP, HOST, NEXT, ROOT, runToEnd, startScript, startServer, type Command, type Server, type ServedApp } from "./bench/server-process";
import { postSubmissions, submissionStream, type LoadResult, type Submission } from "./bench/submission-load";
import { machineLine, percentile, table } from "./bench/timing";

// `npm run bench:submit -- sqlite` measures one database only; both by default.
const PROVIDERS: DatabaseProvider[] = process.argv[2] === "sqlite" || process.argv[2] === "postgresql" ? [process.argv[2]] : ["sqlite", "postgresql"];
const CLIENTS = [1, 10, 50] as const;
const RUNS = 3;
const RUN_SECONDS = 5;
const WARM_UP_SECONDS = 3;
const SEED = 20261123;

// The goals ("Fast at 100k submissions and on a phone"), against the bare route.
const GOAL_CLIENTS = 10;
const GOAL_THROUGHPUT_RATIO = 0.9;
const GOAL_P95_MS = 25;
const GOAL_CPU_RATIO = 1.3;
const GOAL_RSS_RATIO = 1.5;
const GOAL_COLD_START_RATIO = 1.5;

// A production server refuses to start without its own secret; this one lives for the run only.
const AUTH_SECRET = "bench-submit-only-secret-never-used-elsewhere-0123";

/**
 * The app, the bare route, on SQLite the bare route at synchronous NORMAL (what FULL costs),
 * and the bare route started as the app is (what the app's memory is like for like).
 */
type Target = "app" | "bare" | "bareNormal" | "bareLikeApp";
/** What the bench's app runs with: its default, or the HEAP_GROWTH_PERCENT it inherits. */
const APP_HEAP_GROWTH_PERCENT = parseConfig({ HEAP_GROWTH_PERCENT: process.env.HEAP_GROWTH_PERCENT }).heapGrowthPercent;
/** Where NORMAL is measured too: alone, where an fsync adds to every answer, and at the goal's load. */
const SYNCHRONOUS_COST_CLIENTS: readonly number[] = [1, GOAL_CLIENTS];

interface Measurement extends LoadResult {
  cpuMsPerSubmission: number;
  peakRssBytes: number;
}

interface ProviderResult {
  provider: DatabaseProvider;
  settings: Record<string, string>;
  /** Per target and client count, one measurement per run. */
  runs: Map<string, Measurement[]>;
  coldStartMs: Record<`${"app" | "bare"} ${Launcher}`, number[]>;
}

/** How a server is started: as a clinic does, through npm, and by the command its start script runs. */
type Launcher = "npm start" | "without npm";
const LAUNCHERS: readonly Launcher[] = ["npm start", "without npm"];

const runKey = (target: Target, clients: number) => `${target}@${clients}`;
const clientsLabel = (clients: number) => `${clients} client${clients === 1 ? "" : "s"}`;
const median = (values: readonly number[]) => percentile([...values].sort((a, b) => a - b), 50);

function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

function appEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: AUTH_SECRET, TRUST_PROXY_HOPS: "1" };
}

/** The bare app's environment; served like the app, with the app's heap growth too. */
function bareEnv(databaseUrl: string, synchronous: string, app: ServedApp): NodeJS.ProcessEnv {
  const heap = app === "bareLikeApp" ? { BENCH_HEAP_GROWTH_PERCENT: String(APP_HEAP_GROWTH_PERCENT) } : {};
  return { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, BENCH_SQLITE_SYNCHRONOUS: synchronous, ...heap };
}

/** A served app, started by its package's `npm start` or by the command that runs. */
function startCommand(app: ServedApp, launcher: Launcher, label: string, port: number, env: NodeJS.ProcessEnv): Command {
  if (launcher === "without npm") return startScript(app, label, port, env);
  return { label, command: "npm", args: ["start", "--prefix", app === "app" ? ROOT : BARE_APP, "--", "-p", String(port), "-H", HOST], env };
}

/** A served app, started by `launcher` on the database at `url`, once it answers 200. */
async function serve(app: ServedApp, launcher: Launcher, url: string, logFolder: string, { label, synchronous = "FULL" }: { label: string; synchronous?: string }): Promise<Server> {
  const port = await freePort();
  const command = startCommand(app, launcher, label, port, app === "app" ? appEnv(url) : bareEnv(url, synchronous, app));
  return startServer(command, { port, readyPath: app === "app" ? "/api/health" : "/", logFolder });
}

async function serveForLoad(target: Target, databases: ServerDatabases, logFolder: string): Promise<Server> {
  const url = await databases.migrated(`load_${target.toLowerCase()}`);
  const label = `${target}, without npm`;
  if (target === "bareNormal") return serve("bare", "without npm", url, logFolder, { label, synchronous: "NORMAL" });
  return serve(target, "without npm", url, logFolder, { label });
}

/** One load run against one server, with what the server's process tree spent on it. */
async function measure(server: Server, clients: number, next: () => Submission): Promise<Measurement> {
  const pids = processTree(server.pid);
  const cpuBefore = cpuMs(pids);
  const peakRss = samplePeakRss(pids);
  const load = await postSubmissions(server.origin, { connections: clients, durationSeconds: RUN_SECONDS, next });
  const cpu = cpuMs(pids) - cpuBefore;
  return { ...load, cpuMsPerSubmission: cpu / load.stored, peakRssBytes: peakRss() };
}

async function coldStart(target: "app" | "bare", launcher: Launcher, databases: ServerDatabases, run: number, logFolder: string): Promise<number> {
  // An ordinary (re)start, on a database already up to date: what a clinic waits for after a
  // deployment or a crash. The first start ever also applies the migrations, once.
  const url = await databases.migrated(`cold_${target}_${launcher.replace(" ", "_")}_${run}`);
  const server = await serve(target, launcher, url, logFolder, { label: `${launcher} (${target}, cold)` });
  await server.stop();
  return server.readyMs;
}

async function benchProvider(provider: DatabaseProvider, folder: string): Promise<ProviderResult> {
  const label = PROVIDER_LABELS[provider];
  progress(`${label}: migrating a template database`);
  const databases = await serverDatabases(provider, folder);
  const targets: Target[] = provider === "sqlite" ? ["app", "bare", "bareNormal", "bareLikeApp"] : ["app", "bare", "bareLikeApp"];
  const intakes = intakeMix(1000, { seed: SEED, now: new Date() });

  const servers = new Map<Target, Server>();
  const streams = new Map<Target, () => Submission>();
  for (const target of targets) {
    progress(`${label}: starting ${target}`);
    servers.set(target, await serveForLoad(target, databases, folder));
    streams.set(target, submissionStream(intakes, `${provider}-${target}`));
  }
  for (const target of targets) {
    progress(`${label}: warming up ${target} (${WARM_UP_SECONDS} s)`);
    await postSubmissions(servers.get(target)!.origin, { connections: GOAL_CLIENTS, durationSeconds: WARM_UP_SECONDS, next: streams.get(target)! });
  }

  const runs = new Map<string, Measurement[]>();
  for (let run = 0; run < RUNS; run++) {
    for (const clients of CLIENTS) {
      // Interleaved, each run in another order, so that a slow moment of the machine does not fall on one side only.
      const order = targets.filter((target) => target !== "bareNormal" || SYNCHRONOUS_COST_CLIENTS.includes(clients));
      if (run % 2 === 1) order.reverse();
      for (const target of order) {
        progress(`${label}: run ${run + 1}/${RUNS}, ${clientsLabel(clients)}, ${target}`);
        const measurement = await measure(servers.get(target)!, clients, streams.get(target)!);
        runs.set(runKey(target, clients), [...(runs.get(runKey(target, clients)) ?? []), measurement]);
      }
    }
  }
  for (const server of servers.values()) await server.stop();

  const coldStartMs: ProviderResult["coldStartMs"] = { "app npm start": [], "bare npm start": [], "app without npm": [], "bare without npm": [] };
  for (let run = 0; run < RUNS; run++) {
    for (const launcher of LAUNCHERS) {
      for (const target of ["app", "bare"] as const) {
        progress(`${label}: cold start ${run + 1}/${RUNS}, ${target}, ${launcher}`);
        coldStartMs[`${target} ${launcher}`].push(await coldStart(target, launcher, databases, run, folder));
      }
    }
  }
  return { provider, settings: databases.settings, runs, coldStartMs };
}

// --- Printing -------------------------------------------------------------------------

const verdict = (met: boolean) => (met ? "met" : "MISSED");
const whole = (value: number) => value.toFixed(0);
const tenths = (value: number) => value.toFixed(1);
const hundredths = (value: number) => value.toFixed(2);

interface Goal {
  text: string;
  met: (ratio: number, app: number) => boolean;
}

/** One measure: the app, the bare route, their ratio, and the goal with its verdict where there is one. */
function row(label: string, [app, bare]: readonly [number, number], format: (value: number) => string, goal?: Goal): string[] {
  const ratio = app / bare;
  return [label, format(app), format(bare), `${ratio.toFixed(2)}x`, goal?.text ?? "", goal ? verdict(goal.met(ratio, app)) : ""];
}

function printProvider(result: ProviderResult): void {
  const of = (target: Target, clients: number, pick: (m: Measurement) => number) => median((result.runs.get(runKey(target, clients)) ?? []).map(pick));
  const pair = (clients: number, pick: (m: Measurement) => number) => [of("app", clients, pick), of("bare", clients, pick)] as const;
  const durability =
    result.provider === "sqlite" ? "temporary file; app and bare route: WAL, synchronous FULL" : "durable: real fsync; app and bare route: a pool of 10";
  const settings = Object.entries(result.settings).map(([name, value]) => `${name} ${value}`).join(", ");
  console.log(`\n${PROVIDER_LABELS[result.provider]} (${settings}; ${durability})`);

  const rows: string[][] = [["", "app", "bare route", "app / bare", "goal", ""]];
  for (const clients of CLIENTS) {
    const atGoal = clients === GOAL_CLIENTS;
    const throughputGoal = { text: `>= ${GOAL_THROUGHPUT_RATIO}x`, met: (ratio: number) => ratio >= GOAL_THROUGHPUT_RATIO };
    const latencyGoal = { text: `< ${GOAL_P95_MS} ms`, met: (_: number, app: number) => app < GOAL_P95_MS };
    rows.push(row(`submissions/s, ${clientsLabel(clients)}`, pair(clients, (m) => m.perSecond), whole, atGoal ? throughputGoal : undefined));
    rows.push(row("  p95 ms", pair(clients, (m) => m.p95Ms), tenths, atGoal ? latencyGoal : undefined));
  }
  for (const clients of CLIENTS) {
    const cpuGoal = { text: `<= ${GOAL_CPU_RATIO}x`, met: (ratio: number) => ratio <= GOAL_CPU_RATIO };
    rows.push(row(`server CPU ms per submission, ${clientsLabel(clients)}`, pair(clients, (m) => m.cpuMsPerSubmission), hundredths, clients === GOAL_CLIENTS ? cpuGoal : undefined));
  }
  // The peak of each run over all its client counts, then the median of the runs.
  const peakRss = (target: Target) =>
    median(Array.from({ length: RUNS }, (_, run) => Math.max(...CLIENTS.map((clients) => result.runs.get(runKey(target, clients))?.[run]?.peakRssBytes ?? NaN))));
  const mb = (bytes: number) => whole(bytes / 2 ** 20);
  rows.push(row("peak RSS under load, MB", [peakRss("app"), peakRss("bare")], mb, { text: `<= ${GOAL_RSS_RATIO}x`, met: (ratio) => ratio <= GOAL_RSS_RATIO }));
  const seconds = (ms: number) => hundredths(ms / 1000);
  // The goal is the measure, `npm start` as a clinic starts the app; the same start
  // without npm's own quarter of a second is printed beside it.
  const coldStartGoal = { text: `<= ${GOAL_COLD_START_RATIO}x`, met: (ratio: number) => ratio <= GOAL_COLD_START_RATIO };
  for (const launcher of LAUNCHERS) {
    const coldStart = [median(result.coldStartMs[`app ${launcher}`]), median(result.coldStartMs[`bare ${launcher}`])] as const;
    const how = launcher === "npm start" ? "both by npm start" : "both without npm";
    rows.push(row(`cold start to first 200, ${how}, s`, coldStart, seconds, launcher === "npm start" ? coldStartGoal : undefined));
  }
  console.log(table(rows));

  if (result.provider === "sqlite") {
    const figures = (target: Target, clients: number) =>
      `${of(target, clients, (m) => m.perSecond).toFixed(0)} submissions/s, p95 ${of(target, clients, (m) => m.p95Ms).toFixed(1)} ms`;
    console.log("  What synchronous FULL costs (an fsync per commit), the bare route at FULL against NORMAL:");
    for (const clients of SYNCHRONOUS_COST_CLIENTS) console.log(`    ${clientsLabel(clients)}: ${figures("bare", clients)} against ${figures("bareNormal", clients)}`);
  }
  const [app, bareLikeApp] = [peakRss("app"), peakRss("bareLikeApp")];
  const likeForLike = app / bareLikeApp;
  console.log(
    `  Like for like, the bare route started as the app is (by scripts/start.mjs, HEAP_GROWTH_PERCENT=${APP_HEAP_GROWTH_PERCENT}): peak RSS ${mb(bareLikeApp)} MB;` +
      ` the app's ${mb(app)} is ${likeForLike.toFixed(2)}x that: <= ${GOAL_RSS_RATIO}x ${verdict(likeForLike <= GOAL_RSS_RATIO)}.`,
  );
  const failures = [...result.runs].filter(([, measurements]) => measurements.some((m) => m.failures > 0));
  for (const [key, measurements] of failures) {
    console.log(`  ! ${key}: ${measurements.map((m) => m.failures).join(" / ")} answers were not 2xx (or failed) in the runs`);
  }
}

function printHeader(elapsedMs: number, loadAtStart: number): void {
  console.log(`${machineLine("bench:submit")}, load average ${loadAtStart.toFixed(1)} at the start (other work on the machine moves the figures)`);
  console.log(`  POST /api/submissions, production builds; medians of ${RUNS} interleaved runs of ${RUN_SECONDS} s after ${WARM_UP_SECONDS} s of warm-up.`);
  console.log(`  Goals at ${GOAL_CLIENTS} clients against the bare route: >= ${GOAL_THROUGHPUT_RATIO}x its submissions/s, p95 < ${GOAL_P95_MS} ms, <= ${GOAL_CPU_RATIO}x its CPU per submission;`);
  console.log(`  peak RSS <= ${GOAL_RSS_RATIO}x, cold start by npm start <= ${GOAL_COLD_START_RATIO}x. Printed, not enforced. Total run time ${(elapsedMs / 1000).toFixed(0)} s.`);
}

// --- Main -----------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = loadavg()[0] ?? NaN;
  cleanUpOnSignals();
  const folder = mkdtempSync(path.join(tmpdir(), "bench-submit-"));
  onCleanup(() => rmSync(folder, { recursive: true, force: true }));

  progress("npm run build");
  await runToEnd({ label: "npm run build", command: "npm", args: ["run", "build"] }, folder);
  progress("next build (bare app)");
  await runToEnd({ label: "next build (bare app)", command: NEXT, args: ["build", BARE_APP] }, folder);

  const results: ProviderResult[] = [];
  for (const provider of PROVIDERS) results.push(await benchProvider(provider, folder));
  printHeader(performance.now() - started, loadAtStart);
  for (const result of results) printProvider(result);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(cleanUp);
