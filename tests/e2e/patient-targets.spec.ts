import AxeBuilder from "@axe-core/playwright";
import { intakeWith } from "@/tests/fixtures/intake";
import { expect, test } from "./fixtures";
import { fillIntake, submitIntake } from "./intake-driver";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

// The patient's phone: every target is measured at the narrowest width the pages are made for.
test.use({ viewport: { width: 360, height: 740 } });

/** CSS px: WCAG 2.5.5's size, which the patient's pages keep for every target. */
const MIN_TARGET = 44;

/**
 * Runs in the page: every visible link, button and form control, with its size. A radio or
 * checkbox is measured by its label, which is the clickable area (components/ui/Choice.tsx).
 * Links inside a paragraph of running text are left out: WCAG 2.5.8's inline exception.
 */
function targetsUnder(min: number): string[] {
  const describe = (element: Element): string => {
    const id = element.id ? `#${element.id}` : "";
    const className = typeof element.className === "string" && element.className !== "" ? `.${element.className.trim().split(/\s+/).join(".")}` : "";
    const words = (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 50);
    return `<${element.tagName.toLowerCase()}${id}${className}> "${words}"`;
  };
  const seen = new Set<Element>();
  const small: string[] = [];
  for (const element of document.querySelectorAll("a, button, input, select, textarea, label:has(input)")) {
    if (element.closest("p") !== null) continue;
    if (element instanceof HTMLInputElement && element.type === "hidden") continue;
    const choice = element instanceof HTMLInputElement && (element.type === "radio" || element.type === "checkbox");
    const target = choice ? (element.closest("label") ?? element) : element;
    if (seen.has(target)) continue;
    seen.add(target);
    if (!target.checkVisibility({ visibilityProperty: true })) continue;
    const box = target.getBoundingClientRect();
    // Visually hidden text (1 px, clipped) is for screen readers, not a target.
    if (box.width <= 1 && box.height <= 1) continue;
    if (box.width < min || box.height < min) {
      small.push(`${describe(target)} is ${Math.round(box.width * 10) / 10}x${Math.round(box.height * 10) / 10}`);
    }
  }
  return small;
}

test("every target on the patient's pages is at least 44 by 44 CSS px on a 360 px phone", async ({ page }) => {
  const small: string[] = [];
  const measure = async (where: string): Promise<void> => {
    for (const target of await page.evaluate(targetsUnder, MIN_TARGET)) small.push(`${where}: ${target}`);
  };

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await measure("home");

  await page.goto("/privacy");
  await expect(page.getByRole("heading", { level: 1, name: "Privacy notice" })).toBeVisible();
  await measure("privacy notice");

  // The error summary's links are targets too.
  await page.goto("/intake");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await measure("the first step with errors");

  await page.goto("/intake/resume");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await measure("the resume page with errors");

  // Each step as it opens, Check your answers (with its Change buttons and the consent) last.
  await page.goto("/intake");
  await fillIntake(page, intakeWith({ answers: { keloids: "yes" } }), { onStep: (title) => measure(title) });
  await submitIntake(page);
  await expect(page.getByRole("heading", { level: 1, name: "Microneedling is not suitable for you" })).toBeVisible();
  await measure("the result");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Your screening has been sent" })).toBeVisible();
  await measure("the result, reloaded");

  expect(small, `targets under ${MIN_TARGET}x${MIN_TARGET} CSS px`).toEqual([]);
});

test("the privacy notice names the clinic by default and is accessible", async ({ page }) => {
  await page.goto("/privacy");
  await expect(page).toHaveTitle(/^Privacy notice – Riverside Skin Clinic$/);
  await expect(page.getByRole("heading", { level: 1, name: "Privacy notice" })).toBeVisible();
  await expect(page.getByText(/^Riverside Skin Clinic runs this online screening/)).toBeVisible();
  await expect(page.getByText(/Call Riverside Skin Clinic on 020 7946 0123/)).toBeVisible();
  await expect(page.getByText("We never sell your information, and we never use it for marketing.")).toBeVisible();
  for (const heading of ["What we collect", "Why we collect it", "Who sees it", "How long we keep it"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "horizontal scroll").toBeLessThanOrEqual(0);
});
