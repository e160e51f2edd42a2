// First-load JavaScript as a browser receives it: a page is opened in headless Chromium with
// an empty cache, and the compressed bytes of every script it loads before the network goes
// quiet are added up. Scripts fetched later (a step's code after Continue) do not count.
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Response } from "playwright-core";
import { CHROMIUM_FLAGS, findChromium } from "@/scripts/e2e-tools";
import { onCleanup } from "./cleanup";


export interface FirstLoad {
  scripts: number;
  /** Compressed bytes of the scripts, as served (gzip). */
  bytes: number;
}

/** A script's size on the wire: its gzip body as served, or its gzip size if it came uncompressed. */
async function compressedSize(response: Response): Promise<number> {
  const encoding = (await response.headerValue("content-encoding")) ?? "";
  if (encoding === "gzip") return (await response.request().sizes()).responseBodySize;
  return gzipSync(await response.body()).byteLength;
}

async function firstLoad(browser: Browser, url: string): Promise<FirstLoad> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") sizes.push(compressedSize(response));
    });
    const response = await page.goto(url, { waitUntil: "networkidle" });
    if (response?.ok() !== true) throw new Error(`${url} answered ${response?.status() ?? "nothing"}`);
    const bytes = await Promise.all(sizes);
    return { scripts: bytes.length, bytes: bytes.reduce((sum, size) => sum + size, 0) };
  } finally {
    await context.close();
  }
}

/** The first load of each URL, in order, each in a fresh browser context. */
export async function measureFirstLoads(urls: readonly string[]): Promise<FirstLoad[]> {
  // Our own clean-up closes it: Playwright's Ctrl-C handler would exit before the servers stop.
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS, handleSIGINT: false });
  onCleanup(() => browser.close());
  const results: FirstLoad[] = [];
  for (const url of urls) results.push(await firstLoad(browser, url));
  await browser.close();
  return results;
}
