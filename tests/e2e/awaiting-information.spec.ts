import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { intakeWith } from "@/tests/fixtures/intake";
import { expect, test } from "./fixtures";
import { signIn, signInWithForm } from "./session";
import { submitIntake } from "./submit";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** Checked on the phone's 360 px: no axe violation and no sideways scrolling. */
async function expectUsable(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`), where).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal scroll on ${where}`).toBeLessThanOrEqual(0);
}

/** Decides whatever earlier tests left in "To review", so the two cases below are its only ones. */
async function clearToReview(request: APIRequestContext): Promise<void> {
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

test("a clinician asks for more information: the case waits under Awaiting information, not Decided, and Next in queue opens the next case", async ({ page, request }) => {
  await clearToReview(request);
  const first = await submitIntake(
    request,
    intakeWith({ answers: { bloodThinners: "yes", medications: "Apixaban 5 mg twice daily after a DVT" }, patient: { firstName: "Ada", lastName: "Await-Test" } }),
  );
  const second = await submitIntake(request, intakeWith({ answers: { keloids: "unsure" }, patient: { firstName: "Ben", lastName: "Next-Test" } }));
  const queueViews = page.getByRole("navigation", { name: "Queue views" });

  await signInWithForm(page, "clinician");
  // The oldest first, with its reasons in short, the patient's age and the time waited.
  const firstRow = page.getByRole("table").getByRole("row").nth(1);
  await expect(firstRow).toContainText("Ada Await-Test");
  await expect(firstRow).toContainText("Blood thinners");
  await expect(firstRow).toContainText("0 of 3 working days");
  await expect(page.getByRole("columnheader", { name: "Age" })).toHaveCount(1);
  await expectUsable(page, "the queue with its new columns");

  await firstRow.getByRole("link", { name: first.reference }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ada Await-Test" })).toBeVisible();
  // The free-text medicine is in the summary at the top, before the decision form.
  const summary = page.getByRole("region", { name: "Summary" });
  await expect(summary).toContainText("Apixaban 5 mg twice daily after a DVT");
  await expectUsable(page, "the detail page with its summary");

  await page.getByRole("radio", { name: "More information needed" }).check();
  await page.getByLabel("Note").fill("Ask the GP for a letter about the DVT.");
  await page.getByRole("button", { name: "Record decision" }).click();
  const notice = page.getByRole("form", { name: "Record a decision" }).getByRole("status");
  await expect(notice).toContainText("Decision recorded: More information needed");
  await expect(page.getByText("Awaiting information").first()).toBeVisible();

  await notice.getByRole("link", { name: "Next in queue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ben Next-Test" })).toBeVisible();
  expect(page.url()).toContain(`/staff/submissions/${second.id}`);

  await page.goto("/staff");
  await expect(page.getByRole("row", { name: /Ada Await-Test/ })).toHaveCount(0);
  await queueViews.getByRole("link", { name: /Awaiting information/ }).click();
  await expect(page).toHaveURL(/tab=awaiting_information/);
  await expect(page.getByRole("row", { name: /Ada Await-Test/ })).toBeVisible();
  await expect(queueViews.getByRole("link", { name: /Awaiting information/ })).toHaveAttribute("aria-current", "page");
  await queueViews.getByRole("link", { name: /Decided/ }).click();
  await expect(page.getByRole("row", { name: /Ada Await-Test/ })).toHaveCount(0);
});
