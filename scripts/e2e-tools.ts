// What the end-to-end tier needs from the machine: a Chromium to drive, and poppler's
// pdfinfo and pdftotext to read printed PDFs back. `findChromium` is what
// playwright.config.ts launches; run this file (`npm test` does, before the tier) to find
// or install what is missing.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";

/** The first of `names` on the PATH, as an absolute path. */
function onPath(...names: string[]): string | undefined {
  for (const name of names) {
    const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).stdout.trim();
    if (found) return found;
  }
  return undefined;
}

/** A Chromium from Playwright's own download cache, when `npx playwright install` has run. */
function playwrightCacheChromium(): string | undefined {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? path.join(homedir(), ".cache/ms-playwright");
  if (!existsSync(cache)) return undefined;
  for (const folder of readdirSync(cache).filter((name) => /^chromium-\d+$/.test(name)).sort().reverse()) {
    for (const binary of ["chrome-linux/chrome", "chrome-linux64/chrome", "chrome-mac/Chromium.app/Contents/MacOS/Chromium"]) {
      const candidate = path.join(cache, folder, binary);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Chromium's flags for these machines: no sandbox as root, and no calls home. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The Chromium to test with: `CHROMIUM_PATH`, the system's, or Playwright's cache. */
export function findChromium(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : undefined;
  return onPath("chromium", "chromium-browser", "google-chrome", "google-chrome-stable") ?? playwrightCacheChromium();
}

const hasPdfTools = (): boolean => onPath("pdfinfo") !== undefined && onPath("pdftotext") !== undefined;

/** Whether Playwright's browser download host answers, within a few seconds. */
async function playwrightHostReachable(): Promise<boolean> {
  try {
    await fetch("https://cdn.playwright.dev/", { method: "HEAD", signal: AbortSignal.timeout(4000) });
    return true;
  } catch {
    return false;
  }
}

const isRoot = (): boolean => process.getuid?.() === 0;

function aptInstall(packages: string[]): boolean {
  if (!isRoot() || !onPath("apt-get")) return false;
  console.log(`Installing ${packages.join(" and ")} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", ...packages], { stdio: ["ignore", "ignore", "inherit"], env });
  return true;
}

async function main(): Promise<number> {
  const configured = process.env.CHROMIUM_PATH;
  if (configured && !existsSync(configured)) {
    console.error(`CHROMIUM_PATH is ${configured}, but there is no such file: point it at a Chromium, or unset it.`);
    return 1;
  }
  const missing = [...(findChromium() ? [] : ["chromium"]), ...(hasPdfTools() ? [] : ["poppler-utils"])];
  if (missing.length === 0) return 0;
  // Debian's packages where we may install them (CI, containers); Playwright's own download
  // of Chromium where its host answers; otherwise, say what to install.
  if (!aptInstall(missing) && missing.includes("chromium") && (await playwrightHostReachable())) {
    execFileSync(path.resolve("node_modules/.bin/playwright"), ["install", "chromium"], { stdio: "inherit" });
  }
  const still = [...(findChromium() ? [] : ["Chromium (apt-get install chromium, or set CHROMIUM_PATH)"]), ...(hasPdfTools() ? [] : ["poppler's pdfinfo and pdftotext (apt-get install poppler-utils)"])];
  if (still.length === 0) return 0;
  console.error(`The end-to-end tests need ${still.join(" and ")}: install ${still.length === 1 ? "it" : "them"}, then run npm test again.`);
  return 1;
}

if (process.argv[1] === import.meta.filename) {
  main().then((code) => process.exit(code));
}
