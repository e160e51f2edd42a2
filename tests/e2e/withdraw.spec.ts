import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { intakeWith } from "@/tests/fixtures/intake";
import { expect, test } from "./fixtures";
import { signInWithForm } from "./session";
import { submitIntake } from "./submit";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** Checked on the phone's 360 px: no axe violation and no sideways scrolling. */
async function expectUsable(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`), where).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal scroll on ${where}`).toBeLessThanOrEqual(0);
}

/** Searches the queue as staff do: the form posts, and the URL keeps only the search's id. */
async function searchQueue(page: Page, text: string): Promise<void> {
  await page.goto("/staff");
  await page.getByLabel("Name, email or reference").fill(text);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/search=/);
}

test("an admin withdraws a junk submission from the queue, finds it under Withdrawn, and restores it", async ({ page, request }) => {
  const junk = await submitIntake(request, intakeWith({ answers: { changingMoles: "yes" }, patient: { firstName: "Junk", lastName: "Withdraw-Test" } }));
  const row = page.getByRole("row", { name: /Junk Withdraw-Test/ });
  const queueViews = page.getByRole("navigation", { name: "Queue views" });

  await signInWithForm(page, "admin");
  await searchQueue(page, junk.reference);
  await row.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Junk Withdraw-Test" })).toBeVisible();

  // A reason is required, and the form says what to write.
  await page.getByRole("button", { name: "Withdraw from the queue" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await page.getByLabel("Reason for withdrawing").fill("Duplicate of an earlier test entry (a long one, with an address like https://example.com/a/very/long/path/that/does/not/break)");
  await page.getByRole("button", { name: "Withdraw from the queue" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Withdrawn from the queue. Staff who open it see who withdrew it and why." })).toBeFocused();

  const notice = page.getByRole("region", { name: "Withdrawn from the queue" });
  await expect(notice).toContainText("By Demo Admin");
  await expect(notice).toContainText("Reason: Duplicate of an earlier test entry");
  await expect(page.getByRole("button", { name: "Record decision" })).toHaveCount(0);
  await expectUsable(page, "a withdrawn submission");

  // Out of the queue and of "All"; listed under "Withdrawn", a tab only admins have.
  await searchQueue(page, junk.reference);
  await expect(page.getByText("No submissions match.")).toBeVisible();
  await queueViews.getByRole("link", { name: /^All/ }).click();
  await expect(page.getByText("No submissions match.")).toBeVisible();
  await queueViews.getByRole("link", { name: /^Withdrawn/ }).click();
  await expect(row).toContainText("Withdrawn");
  await expectUsable(page, "the Withdrawn tab");

  // Restored, with a reason, to where it was: opened for review, so back in "To review".
  await row.getByRole("link").first().click();
  await page.getByRole("link", { name: "Restore it to the queue" }).click();
  await page.getByLabel("Reason for restoring").fill("Not a duplicate after all");
  await page.getByRole("button", { name: "Restore", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored to the queue, in the status it had before it was withdrawn." })).toBeFocused();
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Record decision" })).toBeVisible();
  await expect(page.getByRole("list").filter({ hasText: "Restored to the queue" })).toContainText("Withdrawn from the queue");

  await searchQueue(page, junk.reference);
  await expect(row).toContainText("In review");
});
