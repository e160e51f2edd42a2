import { test as unwatched, type APIResponse, type Page } from "@playwright/test";
import { expect, test, watchCspViolations } from "./fixtures";
import { signInWithForm } from "./session";
import { submitIntake } from "./submit";

const BASELINE = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
};

/** The nonce a page's policy allows, or undefined. */
function policyNonce(response: APIResponse): string | undefined {
  return /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
}

test("pages, API responses and build files carry the security headers", async ({ request }) => {
  const intake = await request.get("/intake");
  const signIn = await request.get("/staff/sign-in");
  const health = await request.get("/api/health");
  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(await intake.text())?.[1];
  expect(script, "a build script on the intake page").toBeDefined();
  const asset = await request.get(script!);

  for (const response of [intake, signIn, health, asset]) {
    expect(response.status(), response.url()).toBe(200);
    expect(response.headers(), response.url()).toMatchObject(BASELINE);
    // The tests serve plain http (no APP_URL): telling browsers "https only" would be wrong.
    expect(response.headers(), response.url()).not.toHaveProperty("strict-transport-security");
  }
  for (const page of [intake, signIn]) {
    const policy = page.headers()["content-security-policy"];
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic'; /);
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "default-src 'self'"]) {
      expect(policy).toContain(directive);
    }
  }
  expect(health.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
});

test("every page response has its own nonce, and Next.js puts it on each script", async ({ request }) => {
  const [first, second] = [await request.get("/intake"), await request.get("/intake")];
  const nonce = policyNonce(first);
  expect(nonce).toBeDefined();
  expect(policyNonce(second)).not.toBe(nonce);

  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
});

test("a malformed router state header is a bad request, not a server error", async ({ request }) => {
  for (const tree of ["%E0%A4%A", encodeURIComponent('["",{"children":5}]')]) {
    const response = await request.get("/intake", { headers: { RSC: "1", "Next-Router-State-Tree": tree }, maxRedirects: 0 });
    expect(response.status()).toBe(400);
    expect(await response.json()).toEqual({
      error: "invalid_request",
      issues: [{ path: "Next-Router-State-Tree", message: expect.any(String) }],
    });
    expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    // Under /api/ too, where a path with no route is answered by the not-found page, which would read it.
    for (const url of ["/api/health", "/api/no-such-route"]) {
      const api = await request.get(url, { headers: { RSC: "1", "Next-Router-State-Tree": tree } });
      expect(api.status(), url).toBe(400);
    }
  }
});

test("API responses that Next.js answers itself carry the API's policy too", async ({ request }) => {
  for (const response of [await request.get("/api/no-such-route"), await request.delete("/api/health")]) {
    expect(response.status(), response.url()).toBeGreaterThanOrEqual(400);
    expect(response.headers(), response.url()).toMatchObject({ ...BASELINE, "content-security-policy": "default-src 'none'; frame-ancestors 'none'" });
  }
});

/** Waits until Next.js's own scripts have run: the policy let them through. */
async function expectScriptsRan(page: Page) {
  await page.waitForFunction(() => typeof (window as { next?: unknown }).next === "object");
}

// The shared fixture fails each of these if the browser refuses anything on the way.
test("the intake and the sign-in page run under the policy", async ({ page }) => {
  await page.goto("/intake");
  await expectScriptsRan(page);
  await page.goto("/staff/sign-in");
  await expectScriptsRan(page);
});

test("the queue and a printed summary run under the policy", async ({ page, request }) => {
  const receipt = await submitIntake(request);
  await signInWithForm(page, "front_desk");
  await expectScriptsRan(page);
  await page.goto(`/staff/submissions/${receipt.id}/print`);
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
  await expectScriptsRan(page);
});

// Without the shared fixture, which would fail this test for the violations it provokes.
// Playwright's `addScriptTag` goes through DevTools, which the policy does not govern: the
// injections here are the ones an attacker's HTML would make.
unwatched("the violation watcher sees what the policy refuses", async ({ browser }) => {
  const context = await browser.newContext();
  const violations = await watchCspViolations(context);
  const page = await context.newPage();
  await page.goto("/intake");

  await page.evaluate(() => {
    document.body.insertAdjacentHTML("beforeend", `<button id="injected" onclick="window.injected = 'handler'">Injected</button>`);
    document.getElementById("injected")!.click();
  });
  // The browser reports one refusal twice: on the console and as an event, in either order.
  await expect.poll(() => violations.length).toBe(2);
  expect(violations).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^console: Executing inline event handler violates .*Content Security Policy/),
      expect.stringMatching(/^event: script-src-attr refused inline in /),
    ]),
  );

  // The page's document, rewritten with an inline script, keeps the page's policy.
  await page.setContent("<script>window.injected = 'script'</script>");
  await expect.poll(() => violations.length).toBe(3);
  expect(violations[2]).toMatch(/^console: Executing inline script violates .*Content Security Policy/);
  expect(await page.evaluate(() => (window as { injected?: string }).injected)).toBeUndefined();
  await context.close();
});
