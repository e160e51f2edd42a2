// What a server costs the machine, read from Linux's /proc: the CPU time and resident memory
// of a process and every process it started (`npm start` runs a shell that runs Next.js,
// which may start workers of its own).
import { readdirSync, readFileSync } from "node:fs";

/** USER_HZ: Linux reports CPU times in ticks of 1/100 s on every architecture Node runs on. */
const TICKS_PER_MS = 100 / 1000;

interface Stat {
  ppid: number;
  /** utime + stime, and cutime + cstime: children that ended still count. */
  cpuTicks: number;
}

function readStat(pid: number): Stat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined; // it has just exited
  }
  // The command name (field 2) may hold spaces and parentheses: fields start after its last ")".
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ").map(Number);
  // Fields 4 (ppid) and 14-17 (utime, stime, cutime, cstime), counted from 3 here.
  const [ppid = 0, utime = 0, stime = 0, cutime = 0, cstime = 0] = [fields[1], fields[11], fields[12], fields[13], fields[14]];
  return { ppid, cpuTicks: utime + stime + cutime + cstime };
}

/** `root` and its descendants, as they are now. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = readStat(pid);
    if (stat) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), pid]);
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index++) tree.push(...(children.get(tree[index]!) ?? []));
  return tree;
}

/** CPU time (user + system) that the processes have used so far, in ms. */
export function cpuMs(pids: readonly number[]): number {
  return pids.reduce((sum, pid) => sum + (readStat(pid)?.cpuTicks ?? 0), 0) / TICKS_PER_MS;
}

/** Resident memory of the processes now, in bytes. */
export function rssBytes(pids: readonly number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      const kib = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      total += Number(kib ?? 0) * 1024;
    } catch {
      // it has just exited
    }
  }
  return total;
}

/** Samples the processes' resident memory every `intervalMs` until stopped; returns the highest. */
export function samplePeakRss(pids: readonly number[], intervalMs = 100): () => number {
  let peak = rssBytes(pids);
  const timer = setInterval(() => (peak = Math.max(peak, rssBytes(pids))), intervalMs);
  return () => {
    clearInterval(timer);
    return Math.max(peak, rssBytes(pids));
  };
}
