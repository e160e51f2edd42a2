import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { Answers } from "@/lib/questionnaire";
import { intakeWith } from "@/tests/fixtures/intake";
import { expect, test } from "./fixtures";
import { fillIntake, submitIntake, type Input } from "./intake-driver";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

async function expectAccessible(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`), where).toEqual([]);
}

async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal scroll on ${where}`).toBeLessThanOrEqual(0);
}

const OUTCOMES: { outcome: string; changes: Partial<Answers>; heading: RegExp; next: RegExp; input: Input }[] = [
  { outcome: "eligible", changes: {}, heading: /looks suitable for you/, next: /book a consultation/i, input: "keyboard" },
  { outcome: "needs_review", changes: { bloodThinners: "yes" }, heading: /A clinician will look at your answers/, next: /within 3 working days/, input: "pointer" },
  {
    outcome: "not_suitable",
    changes: { pregnantOrBreastfeeding: "yes" },
    heading: /isn't right for you right now/,
    next: /screening again/i,
    input: "pointer",
  },
];

for (const { outcome, changes, heading, next, input } of OUTCOMES) {
  test(`a patient on a phone completes the intake and is told: ${outcome} (${input})`, async ({ page }) => {
    await page.goto("/intake");
    await fillIntake(page, intakeWith({ answers: changes }), {
      input,
      onStep: async (title) => {
        await expectAccessible(page, title);
        await expectNoHorizontalScroll(page, title);
      },
    });
    await submitIntake(page, input);

    const result = page.getByRole("heading", { level: 1, name: heading });
    await expect(result).toBeVisible();
    await expect(result).toBeFocused();
    await expect(page.getByText(/MN-[0-9A-Z]{4}-[0-9A-Z]{2}/)).toBeVisible();
    await expect(page.getByRole("link", { name: /020 7946 0123/ }).first()).toHaveAttribute("href", /^tel:/);
    await expect(page.getByText(next).first()).toBeVisible();
    await expect(page).toHaveURL(/\/intake$/);
    await expectAccessible(page, "the result");
    await expectNoHorizontalScroll(page, "the result");
  });
}

test("the error state is announced, linked and accessible", async ({ page }) => {
  await page.goto("/intake");
  await page.getByRole("button", { name: "Continue" }).click();
  const summary = page.getByRole("heading", { name: "There is a problem" });
  await expect(summary).toBeVisible();
  await expect(page.locator(":focus")).toContainText("There is a problem");
  await expectAccessible(page, "the error state");
  await expectNoHorizontalScroll(page, "the error state");

  // Following a link in the summary takes the patient to the field to fix.
  const firstLink = page.locator(".error-summary a").first();
  await firstLink.click();
  await expect(page.locator(":focus")).toHaveAttribute("aria-invalid", "true");
});

test("unusual answers never reach the URL, the browser's storage or cookies", async ({ page, context }) => {
  const unusual = ["O'Connor-Ñúñez", "Zoë 🌸", "It’s my 👶 — süß"];
  const intake = intakeWith({
    answers: { concerns: ["acne_scars", "other"], concernsOther: unusual[2], medications: `Vitamin D 🌞 & Ibuprofen "as needed"` },
    patient: { firstName: unusual[1], lastName: unusual[0], email: "zoe.o@example.com" },
  });
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  page.on("framenavigated", (frame) => urls.push(frame.url()));

  await page.goto("/intake");
  await fillIntake(page, intake);
  await submitIntake(page);
  await expect(page.getByRole("heading", { level: 1, name: /looks suitable|clinician will look/ })).toBeVisible();

  const stored = await page.evaluate(async () => ({
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    indexedDb: (await indexedDB.databases()).map((database) => database.name),
  }));
  expect(stored).toEqual({ local: "{}", session: "{}", indexedDb: [] });
  expect(await context.cookies()).toEqual([]);
  const seen = urls.map((url) => decodeURIComponent(url)).join("\n");
  for (const text of [...unusual, "Ñúñez", "Zoë", "zoe.o@example.com", "Vitamin"]) {
    expect(seen).not.toContain(text);
  }
});

test("the intake answers warn before the patient leaves with unsaved answers", async ({ page }) => {
  await page.goto("/intake");
  await page.getByRole("textbox", { name: /first name/i }).fill("Sam");
  let warned = false;
  page.on("dialog", async (dialog) => {
    warned = dialog.type() === "beforeunload";
    await dialog.accept();
  });
  await page.goto("/", { waitUntil: "commit" }).catch(() => undefined);
  await expect.poll(() => warned).toBe(true);
});
