import { execFileSync } from "node:child_process";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { assess } from "@/lib/screening";
import { OUTCOME_LABELS } from "@/lib/vocabulary";
import { intakeWith } from "@/tests/fixtures/intake";
import { expect, test } from "./fixtures";
import { signInWithForm } from "./session";
import { submitIntake } from "./submit";

const FORMATS = ["A4", "Letter"] as const;

// The front desk works at a desk computer, not the patient's phone.
test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

/** Prints the page as the browser's "Save as PDF" would and reads it back. */
async function printToPdf(page: Page, name: string, format: (typeof FORMATS)[number]) {
  const file = path.join("test-results", `${name}-${format}.pdf`);
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: file, format, printBackground: true });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  return { pages, text: text.replace(/\s+/g, " ") };
}

const squeeze = (text: string) => text.replace(/\s+/g, " ");

test("the front desk finds a patient and prints a one-page summary on A4 and Letter", async ({ page, request }) => {
  const intake = intakeWith({
    answers: { bloodThinners: "yes", coldSores: "history", skinType: "V" },
    patient: { firstName: "Marguerite", lastName: "Printwell" },
  });
  const receipt = await submitIntake(request, intake);
  const { reasons } = assess(intake, new Date());

  await signInWithForm(page, "front_desk");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);

  await page.getByLabel("Name, email or reference").fill("printwell");
  await page.getByRole("button", { name: "Search" }).click();
  // Today's list shows the same rows: wait for the search's own page (its id in the URL).
  await expect(page).toHaveURL(/search=/);
  await page.getByRole("link", { name: `Print summary for ${receipt.reference}` }).click();
  await page.waitForURL(`**/staff/submissions/${receipt.id}/print`);
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
  const onScreen = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(onScreen.violations.map((violation) => violation.id)).toEqual([]);

  for (const format of FORMATS) {
    const { pages, text } = await printToPdf(page, "typical", format);
    expect(pages, `${format} pages`).toBe(1);
    expect(text).toContain("Marguerite Printwell");
    expect(text).toContain(receipt.reference);
    expect(text).toContain(OUTCOME_LABELS.needs_review);
    for (const reason of reasons) expect(text).toContain(squeeze(reason.clinicianNote));
    expect(text).not.toMatch(/Sign out|Back to/); // no screen chrome on paper
  }
});

test("the worst case, every answer flagged with the longest texts, fits on two pages", async ({ page, request }) => {
  const long = (size: number) => "Lorem ipsum dolor sit amet consectetur ".repeat(20).slice(0, size).trim();
  const intake = intakeWith({
    answers: {
      concerns: ["acne_scars", "fine_lines_wrinkles", "stretch_marks", "enlarged_pores", "hyperpigmentation", "uneven_texture", "loss_of_firmness", "other_scars", "hair_loss", "other"],
      concernsOther: long(500),
      treatmentAreas: ["face", "neck", "chest", "hands", "arms", "abdomen", "back", "buttocks", "thighs", "scalp"],
      skinType: "VI",
      activeAcne: "yes",
      isotretinoin: "current",
      inflammatorySkinCondition: "active",
      keloids: "yes",
      changingMoles: "yes",
      skinCancerInArea: "yes",
      skinInfectionOrWound: "yes",
      coldSores: "active",
      recentSunburn: "yes",
      recentInjectables: "yes",
      topicalRetinoids: "yes",
      bloodThinners: "yes",
      bleedingDisorder: "yes",
      cancerTreatment: "current",
      immuneCondition: "yes",
      diabetes: "uncontrolled",
      pregnantOrBreastfeeding: "yes",
      anestheticAllergy: "yes",
      metalAllergy: "yes",
      medications: long(1000),
      otherConditions: long(1000),
    },
    patient: {
      // 100 characters each, in words that wrap, and an age (20) that fires an age rule too.
      firstName: "Maximiliana ".repeat(9).slice(0, 100).trim().padEnd(100, "a"),
      lastName: "Wolfeschlegelsteinhausen ".repeat(4).slice(0, 100).trim().padEnd(100, "n"),
      dateOfBirth: `${new Date().getUTCFullYear() - 21}-01-01`,
      email: `${"w".repeat(60)}@example.com`,
    },
  });
  const receipt = await submitIntake(request, intake);
  expect(assess(intake, new Date()).reasons.map((reason) => reason.rule)).toContain("age_18_to_21");
  await signInWithForm(page, "front_desk");
  await page.goto(`/staff/submissions/${receipt.id}/print`);
  for (const format of FORMATS) {
    const { pages, text } = await printToPdf(page, "worst-case", format);
    expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
    expect(text).toContain(receipt.reference);
  }
});

test("a batch of selected summaries prints one page each", async ({ page, request }) => {
  const references: string[] = [];
  for (const name of ["Batchone", "Batchtwo", "Batchthree"]) {
    references.push((await submitIntake(request, intakeWith({ answers: { metalAllergy: "yes" }, patient: { firstName: "Bea", lastName: name } }))).reference);
  }
  await signInWithForm(page, "front_desk");
  await page.getByLabel("Name, email or reference").fill("bea batch");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/search=/);
  for (const reference of references) await page.getByRole("checkbox", { name: `Select ${reference} for batch printing` }).check();
  await page.getByRole("button", { name: "Print selected summaries" }).click();
  await expect(page).toHaveURL(/\/staff\/print\?/);

  for (const format of FORMATS) {
    const { pages, text } = await printToPdf(page, "batch", format);
    expect(pages, `${format} pages`).toBe(3);
    for (const reference of references) expect(text).toContain(reference);
  }

  // The fallback without a selection: every submission of the day, oldest first.
  await page.emulateMedia({ media: "screen" });
  await page.goto(`/staff/print?date=${new Date().toISOString().slice(0, 10)}`);
  const { text } = await printToPdf(page, "batch-day", "A4");
  const positions = references.map((reference) => text.indexOf(reference));
  expect(positions.every((position) => position >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
});
