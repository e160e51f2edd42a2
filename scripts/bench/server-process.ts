// Commands and servers a benchmark starts: each in its own process group, so that stopping
// it stops whatever it started (`npm start` runs a shell that runs Next.js), with its
// output in a log that is shown when it fails. Everything started is stopped at clean-up.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { onCleanup } from "./cleanup";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const HOST = "127.0.0.1";
export const NEXT = path.join(ROOT, "node_modules/.bin/next");
/** The reference: a bare Next.js app (its own package), built by `next build` alone. */
export const BARE_APP = path.join(ROOT, "scripts/bench/bare-next");
const READY_TIMEOUT_MS = 120_000;
const READY_POLL_MS = 20;
const STOP_GRACE_MS = 5_000;

export interface Command {
  label: string;
  command: string;
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
}

export interface Server {
  origin: string;
  /** The process started, the root of the server's process tree. */
  pid: number;
  /** From spawning the command to the first 200 from the ready path. */
  readyMs: number;
  stop(): Promise<void>;
}

function tail(logFile: string, lines = 40): string {
  return readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** The app's `npm start`. */
const APP_START = path.join(ROOT, "scripts/start.mjs");

/**
 * A served app: this one, the bare app, and the bare app served as this one serves itself (by
 * its start script, with the configuration its build resolved), for memory like for like.
 */
export type ServedApp = "app" | "bare" | "bareLikeApp";
const START_SCRIPTS: Record<ServedApp, readonly string[]> = {
  app: [APP_START],
  bare: [NEXT, "start", BARE_APP],
  bareLikeApp: [APP_START, BARE_APP],
};

/** What the app's or the bare app's `npm start` runs, without npm, on `port` of HOST. */
export function startScript(app: ServedApp, label: string, port: number, env: NodeJS.ProcessEnv): Command {
  return { label, command: process.execPath, args: [...START_SCRIPTS[app], "-p", String(port), "-H", HOST], env };
}

/** Starts `command` in a new process group, its output going to a log in `logFolder`; stopped at clean-up. */
function start({ label, command, args, env }: Command, logFolder: string): { child: ChildProcess; logFile: string; stop: () => Promise<void> } {
  const logFile = path.join(logFolder, `${label.replace(/\W+/g, "-")}-${Date.now()}.log`);
  const log = openSync(logFile, "w");
  const child = spawn(command, args, { cwd: ROOT, env: env ?? process.env, detached: true, stdio: ["ignore", log, log] });
  closeSync(log);
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= stopGroup(child));
  onCleanup(stop);
  return { child, logFile, stop };
}

/** SIGTERM to the process group, then SIGKILL if it is still there after a grace period. */
async function stopGroup(child: ChildProcess): Promise<void> {
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  signalGroup("SIGTERM");
  const timer = setTimeout(() => signalGroup("SIGKILL"), STOP_GRACE_MS);
  await exited(child);
  clearTimeout(timer);
  // A child that ignored SIGTERM may outlive the group's leader.
  signalGroup("SIGKILL");
}

/** Runs a command to its end; throws with the end of its log if it fails. */
export async function runToEnd(command: Command, logFolder: string): Promise<void> {
  const { child, logFile } = start(command, logFolder);
  await exited(child);
  if (child.exitCode !== 0) throw new Error(`${command.label} failed (${child.exitCode ?? child.signalCode}):\n${tail(logFile)}`);
}

/** Starts a server listening on `port` and waits for the first 200 from `readyPath`. */
export async function startServer(command: Command, { port, readyPath, logFolder }: { port: number; readyPath: string; logFolder: string }): Promise<Server> {
  const started = performance.now();
  const { child, logFile, stop } = start(command, logFolder);
  const origin = `http://${HOST}:${port}`;
  while (performance.now() - started < READY_TIMEOUT_MS) {
    if (child.exitCode !== null) throw new Error(`${command.label} exited (${child.exitCode}):\n${tail(logFile)}`);
    const ready = await fetch(`${origin}${readyPath}`).then(
      async (response) => (await response.arrayBuffer(), response.status === 200),
      () => false,
    );
    if (ready) return { origin, pid: child.pid!, readyMs: performance.now() - started, stop };
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
  await stop();
  throw new Error(`${command.label} did not answer ${readyPath} within ${READY_TIMEOUT_MS / 1000} s:\n${tail(logFile)}`);
}
