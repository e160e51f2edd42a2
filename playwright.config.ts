import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS, findChromium } from "./scripts/e2e-tools";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

// CHROMIUM_PATH, the system's Chromium (Debian's package) or Playwright's cache: `npm run
// e2e:tools` finds or installs one first. The flags stop Chromium calling home.
const executablePath = findChromium();
if (executablePath === undefined) throw new Error("No Chromium found: run `npm run e2e:tools`, or set CHROMIUM_PATH.");
const chromium = {
  executablePath,
  args: CHROMIUM_FLAGS,
};

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  use: {
    baseURL,
    launchOptions: chromium,
    trace: "retain-on-failure",
  },
  projects: [
    { name: "phone", use: { ...devices["Pixel 5"], viewport: { width: 360, height: 740 }, launchOptions: chromium } },
    // Each attack of issue 12 repeated against production servers, printing what it got.
    // The fuzz test beside them (*.test.ts) runs in vitest's "security" project.
    { name: "security", testDir: "tests/security", testMatch: /\.spec\.ts$/, use: { launchOptions: chromium } },
  ],
  webServer: {
    // A production build on a fresh database, as a clinic would run it.
    command: "rm -f tests/.tmp/e2e.db* && npm run build && npm start -- -H 127.0.0.1",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(port),
      DATABASE_URL: "file:./tests/.tmp/e2e.db",
      SEED_DEMO_ACCOUNTS: "true",
      BETTER_AUTH_SECRET: "end-to-end-tests-only-secret-0123456789",
      CLINIC_NAME: "Riverside Skin Clinic",
      CLINIC_PHONE: "020 7946 0123",
      REVIEW_CONTACT_DAYS: "3",
      // The whole suite comes from one address; the security tier tests the default limits
      // on servers of its own.
      RATE_LIMIT_SUBMISSIONS_PER_MINUTE: "1000",
      RATE_LIMIT_SUBMISSIONS_PER_DAY: "10000",
      RATE_LIMIT_ASSESSMENTS_PER_MINUTE: "1000",
      RATE_LIMIT_DRAFTS_PER_MINUTE: "1000",
      SIGN_IN_MAX_FAILURES_PER_ADDRESS: "1000",
    },
  },
});
