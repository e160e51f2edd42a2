import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { intakeWith } from "@/tests/fixtures/intake";
import { expect, test } from "./fixtures";
import { fillIntake, submitIntake } from "./intake-driver";
import { signIn, signInWithForm } from "./session";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

async function expectAccessible(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`), where).toEqual([]);
}

/** Decides whatever earlier tests left waiting, so the queue starts empty. */
async function clearQueue(request: APIRequestContext): Promise<void> {
  await signIn(request, "admin");
  for (;;) {
    const page = await (await request.get("/api/submissions?outcome=needs_review&status=new,in_review&limit=100")).json();
    if (page.items.length === 0) return;
    for (const item of page.items as { id: string }[]) {
      const response = await request.post(`/api/submissions/${item.id}/decision`, { data: { decision: "approved_for_consultation" } });
      expect(response.status()).toBe(201);
    }
  }
}

test("a flagged intake reaches the top of the queue, and the clinician's decision clears it", async ({ browser, request }) => {
  await clearQueue(request);

  // The patient, on their phone.
  const patientContext = await browser.newContext();
  const patient = await patientContext.newPage();
  await patient.goto("/intake");
  await fillIntake(patient, intakeWith({ answers: { changingMoles: "yes" }, patient: { firstName: "Priya", lastName: "Queue-Test" } }));
  await submitIntake(patient);
  await expect(patient.getByRole("heading", { level: 1, name: /A clinician will look at your answers/ })).toBeVisible();
  await patientContext.close();

  // The clinician, in their own browser.
  const clinicianContext = await browser.newContext();
  const page = await clinicianContext.newPage();
  await signInWithForm(page, "clinician");
  const firstRow = page.getByRole("table").getByRole("row").nth(1);
  await expect(firstRow).toContainText("Priya Queue-Test");
  await expectAccessible(page, "the queue");

  await firstRow.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Priya Queue-Test" })).toBeVisible();
  await expect(page.getByText(/lesion/i).first()).toBeVisible(); // the rule's clinician note
  await expect(page.getByText("Flagged").first()).toBeVisible();
  await expectAccessible(page, "the detail page");

  await page.getByRole("radio", { name: "More information needed" }).check();
  await page.getByLabel("Note").fill("Please send a photo of the mole before we book.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByText(/Decision recorded/)).toBeVisible();
  await expect(page.getByText("Please send a photo of the mole before we book.").first()).toBeVisible();

  await page.goto("/staff");
  await expect(page.getByText("Priya Queue-Test")).toHaveCount(0);
  await expect(page.getByText("No submissions match.")).toBeVisible();
  await clinicianContext.close();
});

test("sign-in tells a wrong password from nothing, and signing out ends the session", async ({ page }) => {
  await page.goto("/staff/sign-in");
  await page.getByLabel("Email address").fill("clinician@demo.clinic");
  await page.getByLabel("Password", { exact: true }).fill("wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/Enter a correct email address and password/).first()).toBeVisible();
  await expectAccessible(page, "the sign-in error");

  await signInWithForm(page, "front_desk");
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL("**/staff/sign-in");
  expect((await page.request.get("/api/submissions")).status()).toBe(401);
});
