import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

// Every spec imports `test` and `expect` from here: a test fails when the browser refused
// anything under the Content-Security-Policy, in any page of any browser context it opened.

const CSP_CONSOLE_MESSAGE = /Content.Security.Policy/i;
const REPORT_BINDING = "__reportCspViolation";

// Runs in each document before the page's own scripts (an init script is exempt from the
// page's policy). The event carries what the console message may word differently.
function reportViolationEvents(binding: string) {
  document.addEventListener("securitypolicyviolation", (event) => {
    const report = (window as unknown as Record<string, (text: string) => void>)[binding];
    report?.(`${event.effectiveDirective} refused ${event.blockedURI || "an inline resource"} in ${event.sourceFile || event.documentURI}`);
  });
}

/**
 * Collects the policy violations of every page in `context`, from the console and from
 * `securitypolicyviolation` events; the returned list fills as they happen.
 */
export async function watchCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  // The console first and synchronously, so a page opened right after is already watched.
  const watchConsole = (page: Page) =>
    page.on("console", (message) => {
      if (CSP_CONSOLE_MESSAGE.test(message.text())) violations.push(`console: ${message.text()}`);
    });
  context.pages().forEach(watchConsole);
  context.on("page", watchConsole);
  await context.exposeBinding(REPORT_BINDING, (_source, text: string) => violations.push(`event: ${text}`));
  await context.addInitScript(reportViolationEvents, REPORT_BINDING);
  return violations;
}

export const test = base.extend<{ failOnCspViolation: void }>({
  failOnCspViolation: [
    async ({ browser, context }, use) => {
      const watched = [watchCspViolations(context)];
      // Contexts the test opens itself, such as a patient's and a clinician's browsers.
      const watchNew = (other: BrowserContext) => void watched.push(watchCspViolations(other));
      browser.on("context", watchNew);
      await watched[0];
      await use();
      browser.off("context", watchNew);
      const violations = (await Promise.all(watched)).flat();
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
