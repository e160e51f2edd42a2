import { execFileSync } from "node:child_process";
import path from "node:path";
import { assess } from "@/lib/screening";
import { intakeWith } from "@/tests/fixtures/intake";
import { expect, test } from "./fixtures";
import { fillIntake, submitIntake } from "./intake-driver";

const squeeze = (text: string): string => text.replace(/\s+/g, " ");

// Printed from a laptop's browser, as most patients would.
test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

test("the patient prints the result on one clean page, A4 or Letter", async ({ page }) => {
  const intake = intakeWith({ answers: { keloids: "yes", recentSunburn: "yes", topicalRetinoids: "yes" } });
  await page.goto("/intake");
  await fillIntake(page, intake);
  await submitIntake(page);
  const heading = "Microneedling is not suitable for you";
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  const reference = (await page.locator(".reference").textContent())?.trim() ?? "";
  expect(reference).toMatch(/^MN-[0-9A-Z]{4}-[0-9A-Z]{2}$/);

  const print = page.getByRole("button", { name: "Print or save as PDF" });
  await expect(print).toBeVisible();
  const box = await print.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(44);
  expect(box?.height).toBeGreaterThanOrEqual(44);
  await expect(page.getByText(/screenshot|can't be opened again/)).toHaveCount(0);
  await expect(page.getByText("Write down your reference or print this page.", { exact: false })).toBeVisible();

  await page.emulateMedia({ media: "print" });
  await expect(print).toBeHidden();
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".result__print-header")).toContainText("Riverside Skin Clinic");
  // Black on white.
  expect(await page.locator(".panel__title").evaluate((element) => getComputedStyle(element).color)).toBe("rgb(0, 0, 0)");

  const { reasons } = assess(intake, new Date());
  for (const format of ["A4", "Letter"] as const) {
    const file = path.join("test-results", `patient-result-${format}.pdf`);
    // Margins as a browser's print dialog sets them by default.
    await page.pdf({ path: file, format, margin: { top: "10mm", right: "10mm", bottom: "10mm", left: "10mm" } });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
    const text = squeeze(execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }));
    expect(pages, `${format} pages`).toBe(1);
    expect(text).toContain("Riverside Skin Clinic");
    expect(text).toMatch(/Microneedling screening result, \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(text).toContain(heading);
    for (const reason of reasons) expect(text).toContain(squeeze(reason.patientMessage));
    expect(text).toContain("What happens next");
    expect(text).toContain("other treatments that may suit you");
    expect(text).toContain(reference);
    expect(text).toContain("020 7946 0123");
    // No buttons, site header links or link addresses on paper.
    expect(text).not.toMatch(/Print or save as PDF|Skip to main content|tel:|https?:|\/intake/);
  }
});
