import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { intakeWith } from "@/tests/fixtures/intake";
import { expect, test } from "./fixtures";
import { signInWithForm } from "./session";
import { submitIntake } from "./submit";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** Checked at the project's 360 px: no axe violation and no sideways scrolling. */
async function expectUsable(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`), where).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal scroll on ${where}`).toBeLessThanOrEqual(0);
}

/**
 * The patient's card on the list. Other specs' eligible patients share the database and the
 * list is oldest first, so this one may be on a later page: follow "Next page" until it shows.
 */
async function findOnList(page: Page, name: string): Promise<Locator> {
  await page.goto("/staff/to-contact");
  const heading = page.getByRole("heading", { level: 2, name, exact: true });
  for (;;) {
    if ((await heading.count()) > 0) return page.getByRole("listitem").filter({ has: heading });
    const next = page.getByRole("link", { name: "Next page" });
    expect(await next.count(), `${name} is on the list`).toBeGreaterThan(0);
    await next.click();
    await expect(page.getByRole("heading", { level: 1, name: "To contact" })).toBeVisible();
  }
}

/** Whether the patient is anywhere on the list, through every page. */
async function isOnList(page: Page, name: string): Promise<boolean> {
  await page.goto("/staff/to-contact");
  const heading = page.getByRole("heading", { level: 2, name, exact: true });
  for (;;) {
    if ((await heading.count()) > 0) return true;
    const next = page.getByRole("link", { name: "Next page" });
    if ((await next.count()) === 0) return false;
    await next.click();
    await expect(page.getByRole("heading", { level: 1, name: "To contact" })).toBeVisible();
  }
}

test("the front desk works through the To contact list: no answer, then booked, and the patient leaves it", async ({ page, request }) => {
  const intake = intakeWith({ patient: { firstName: "Callme", lastName: "Contact-Test", phone: "020 7946 0321" } });
  const patient = await submitIntake(request, { ...intake, consent: { ...intake.consent, contactMethod: "phone", contactTimes: ["afternoons"] } });
  expect(patient.outcome).toBe("eligible");
  const name = "Callme Contact-Test";

  await signInWithForm(page, "front_desk");
  await page.getByRole("navigation", { name: "Staff sections" }).getByRole("link", { name: "To contact" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "To contact" })).toBeVisible();

  let card = await findOnList(page, name);
  await expect(card.getByRole("link", { name: "020 7946 0321" })).toHaveAttribute("href", "tel:02079460321");
  await expect(card).toContainText("Afternoons");
  await expect(card).toContainText(patient.reference);
  await expectUsable(page, "the To contact list");

  // No answer, recorded by keyboard alone: the patient stays, with the attempt in the history.
  await card.getByRole("button", { name: `Record an attempt for ${name}` }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: `Record an attempt to contact ${name}` })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("radio", { name: "Reached and booked" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "No answer" })).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.type("Rang at 2 pm, no voicemail");
  await expectUsable(page, "the attempt form");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: `No answer: recorded for ${name}.` })).toBeFocused();
  await expect(card).toContainText("No answer");
  await expect(card).toContainText("by Demo Front Desk: Rang at 2 pm, no voicemail");

  // Reached and booked: the patient leaves the list.
  card = await findOnList(page, name);
  await card.getByRole("button", { name: `Record an attempt for ${name}` }).click();
  await page.getByRole("radio", { name: "Reached and booked" }).check();
  await page.getByRole("button", { name: "Record the attempt" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Reached and booked: recorded for ${name}.` })).toBeFocused();
  await expect(page.getByRole("heading", { level: 2, name, exact: true })).toHaveCount(0);
  expect(await isOnList(page, name)).toBe(false);
});

test("a clinician has no To contact list", async ({ page }) => {
  await signInWithForm(page, "clinician");
  await expect(page.getByRole("navigation", { name: "Staff sections" }).getByRole("link", { name: "To contact" })).toHaveCount(0);
  const response = await page.goto("/staff/to-contact");
  expect(response?.status()).toBe(403);
});
