// Lighthouse's default mobile audit (a mid-range phone on a slow 4G connection, simulated),
// run several times per page in the system's Chromium; each figure is the median of its runs.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { onCleanup } from "./cleanup";
import { CHROMIUM_FLAGS, findChromium } from "@/scripts/e2e-tools";

export interface LighthouseFigures {
  /** Category scores, 0 to 100. */
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  speedIndexMs: number;
  cls: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

async function audit(url: string, port: number): Promise<LighthouseFigures> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
  const lhr = result?.lhr;
  if (lhr === undefined) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (lhr.runtimeError !== undefined) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  const score = (category: string): number => Math.round((lhr.categories[category]?.score ?? NaN) * 100);
  const value = (id: string): number => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    fcpMs: value("first-contentful-paint"),
    lcpMs: value("largest-contentful-paint"),
    tbtMs: value("total-blocking-time"),
    speedIndexMs: value("speed-index"),
    cls: value("cumulative-layout-shift"),
  };
}

/**
 * `runs` audits of each URL, taken in turns (every URL once, then again) so that a busy
 * moment of the machine does not fall on one page only; the median of each figure per URL.
 */
export async function lighthouseMedians(urls: readonly string[], runs: number): Promise<LighthouseFigures[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
    // Our own clean-up kills it: chrome-launcher's Ctrl-C handler would exit before the servers stop.
    handleSIGINT: false,
  });
  onCleanup(() => chrome.kill());
  const perUrl: LighthouseFigures[][] = urls.map(() => []);
  for (let round = 1; round <= runs; round++) {
    for (const [index, url] of urls.entries()) {
      process.stderr.write(`Lighthouse ${round}/${runs}: ${url}\n`);
      perUrl[index]?.push(await audit(url, chrome.port));
    }
  }
  chrome.kill();
  return perUrl.map((list) => {
    const of = (key: keyof LighthouseFigures): number => median(list.map((run) => run[key]));
    return {
      performance: of("performance"),
      accessibility: of("accessibility"),
      fcpMs: of("fcpMs"),
      lcpMs: of("lcpMs"),
      tbtMs: of("tbtMs"),
      speedIndexMs: of("speedIndexMs"),
      cls: of("cls"),
    };
  });
}
