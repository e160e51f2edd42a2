// Timing and printing shared by the benchmarks.
import { cpus, totalmem } from "node:os";

export interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

export function timingOf(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), runs: sorted.length };
}

const WARM_UP_RUNS = 10;
const WARM_UP_BUDGET_MS = 500;
export const RUNS = 200;
const MIN_RUNS = 30;
// A slow query (a full scan) gets fewer runs, so a benchmark stays within minutes; the
// printed `runs` say how many it got.
const BUDGET_MS = 2_500;

/** Times `run` after a short warm-up: up to 200 runs in 2.5 s, and at least 30. */
export async function timed(run: () => Promise<unknown>): Promise<Timing> {
  const warmUp = performance.now();
  for (let index = 0; index < WARM_UP_RUNS && (index < 2 || performance.now() - warmUp < WARM_UP_BUDGET_MS); index++) await run();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < RUNS && (samples.length < MIN_RUNS || performance.now() - start < BUDGET_MS)) {
    const before = performance.now();
    await run();
    samples.push(performance.now() - before);
  }
  return timingOf(samples);
}

/** Plain-text columns: the first left-aligned, the rest right-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  return rows
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("   ").trimEnd())
    .join("\n");
}

/** What ran, and where: a benchmark's figures are only comparable on the same machine. */
export function machineLine(name: string): string {
  const cpu = cpus();
  return `${name}  ${new Date().toISOString().slice(0, 16)}Z  Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
}
