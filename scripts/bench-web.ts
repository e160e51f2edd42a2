/**
 * The patient's pages as a phone gets them: `npm run bench:web`.
 *
 * Builds the app (`npm run build`) and the bare Next.js app of scripts/bench/bare-next,
 * serves both (the app on a fresh SQLite database in a temporary folder), then prints:
 * 1. first-load JavaScript, compressed as served, of `/`, `/intake` and `/staff/sign-in`
 *    against the bare page: everything the page loads before the network goes quiet;
 * 2. Lighthouse's mobile audit of the bare page, `/` and `/intake`: performance,
 *    accessibility and the metrics behind the score, medians of three runs.
 * Not a test: the goals are printed beside the figures, nothing asserts. Servers, browsers
 * and the temporary folder are removed however the run ends.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cleanUp, cleanUpOnSignals, onCleanup, wasInterrupted } from "./bench/cleanup";
import { measureFirstLoads, type FirstLoad } from "./bench/first-load-js";
import { lighthouseMedians, type LighthouseFigures } from "./bench/lighthouse-mobile";
import { buildApps, serveApp, serveBareApp } from "./bench/served-apps";

const APP_PAGES = ["/", "/intake", "/staff/sign-in"] as const;
const AUDITED_PAGES = ["/", "/intake"] as const;
const LIGHTHOUSE_RUNS = 3;

// The goals ("Fast at 100k submissions and on a phone").
const GOAL_JS_RATIO = 1.15;
const GOAL_PERFORMANCE = 100;
const GOAL_ACCESSIBILITY = 100;

const kB = (bytes: number): string => (bytes / 1000).toFixed(1);
const verdict = (met: boolean): string => (met ? "met" : "MISSED");

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd()).join("\n");
}

function printFirstLoads(bare: FirstLoad, pages: readonly FirstLoad[]): void {
  console.log(`\nFirst-load JavaScript, gzip as served (1 kB = 1000 bytes); goal: at most ${GOAL_JS_RATIO}x the bare page`);
  const rows = APP_PAGES.map((page, index) => {
    const load = pages[index] ?? { scripts: 0, bytes: NaN };
    const ratio = load.bytes / bare.bytes;
    return [page, String(load.scripts), `${kB(load.bytes)} kB`, `${ratio.toFixed(2)}x`, verdict(ratio <= GOAL_JS_RATIO)];
  });
  console.log(
    table([
      ["page", "scripts", "size", "vs bare", `goal <= ${GOAL_JS_RATIO}x`],
      ["bare Next.js page", String(bare.scripts), `${kB(bare.bytes)} kB`, "1.00x", ""],
      ...rows,
    ]),
  );
}

function printLighthouse(bare: LighthouseFigures, pages: readonly LighthouseFigures[]): void {
  console.log(
    `\nLighthouse mobile (simulated slow 4G, 4x CPU slowdown), median of ${LIGHTHOUSE_RUNS} runs; ` +
      `goals: performance ${GOAL_PERFORMANCE} on ${AUDITED_PAGES.join(" and ")}, accessibility ${GOAL_ACCESSIBILITY}`,
  );
  const row = (label: string, figures: LighthouseFigures, goals: boolean): string[] => {
    const met = figures.performance >= GOAL_PERFORMANCE && figures.accessibility >= GOAL_ACCESSIBILITY;
    return [
      label,
      String(figures.performance),
      String(figures.accessibility),
      `${Math.round(figures.fcpMs)} ms`,
      `${Math.round(figures.lcpMs)} ms`,
      `${Math.round(figures.tbtMs)} ms`,
      `${Math.round(figures.speedIndexMs)} ms`,
      figures.cls.toFixed(3),
      goals ? verdict(met) : "",
    ];
  };
  console.log(
    table([
      ["page", "performance", "accessibility", "FCP", "LCP", "TBT", "Speed Index", "CLS", "goals"],
      row("bare Next.js page", bare, false),
      ...AUDITED_PAGES.map((page, index) => row(page, pages[index] ?? bare, true)),
    ]),
  );
}

async function main(): Promise<void> {
  cleanUpOnSignals();
  const started = performance.now();
  const folder = mkdtempSync(path.join(tmpdir(), "screening-bench-web-"));
  onCleanup(() => rmSync(folder, { recursive: true, force: true }));

  await buildApps(folder);
  const [app, bare] = await Promise.all([serveApp(folder), serveBareApp(folder)]);

  process.stderr.write("Measuring first-load JavaScript…\n");
  const [bareLoad, ...appLoads] = await measureFirstLoads([`${bare}/`, ...APP_PAGES.map((page) => `${app}${page}`)]);
  const [bareAudit, ...appAudits] = await lighthouseMedians([`${bare}/`, ...AUDITED_PAGES.map((page) => `${app}${page}`)], LIGHTHOUSE_RUNS);

  if (bareLoad !== undefined) printFirstLoads(bareLoad, appLoads);
  if (bareAudit !== undefined) printLighthouse(bareAudit, appAudits);
  console.log(`\nTook ${((performance.now() - started) / 60_000).toFixed(1)} minutes.`);
}

main()
  .catch((error: unknown) => {
    // After Ctrl-C, whatever was running fails because it was stopped: nothing to report.
    if (wasInterrupted()) return;
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
