import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { parse } from "csv-parse/sync";
import { intakeWith } from "@/tests/fixtures/intake";
import { expect, test } from "./fixtures";
import { signIn, signInWithForm } from "./session";
import { submitIntake } from "./submit";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const patient = { firstName: "Ottilie", lastName: "Auditview", email: "ottilie.auditview@example.com" };

test("an admin reads the audit log in words, with references and names, and downloads it as CSV", async ({ browser, request, page }) => {
  // A patient submits; a clinician opens the submission (an audited view).
  const receipt = await submitIntake(request, intakeWith({ patient }));
  const clinician = await browser.newContext();
  await signIn(clinician.request, "clinician");
  expect((await clinician.request.get(`/api/submissions/${receipt.id}`)).status()).toBe(200);
  await clinician.close();

  await signInWithForm(page, "admin");
  await page.goto("/staff/admin/audit");
  await page.getByLabel("Action").selectOption({ label: "Opened a submission" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=submission\.view/);

  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: new RegExp(receipt.reference) }) }).first();
  await expect(row).toContainText("Opened a submission");
  await expect(row).toContainText("Demo Clinician");
  await expect(row).toContainText("Clinician");
  await expect(row).toContainText("Succeeded");
  // The reference, never the id; no patient's name.
  expect(await row.innerText()).not.toMatch(UUID);
  await expect(page.getByText(patient.lastName)).toHaveCount(0);
  await expect(page.getByText("submission.view")).toHaveCount(0);

  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

  // The export carries the filters on screen.
  const exportLink = page.getByRole("link", { name: "Export CSV" });
  await expect(exportLink).toHaveAttribute("href", /^\/api\/audit\/export\?action=submission\.view$/);
  const download = page.waitForEvent("download");
  await exportLink.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await file.path(), "utf8");
  const [header, ...rows] = parse(csv, { bom: true }) as string[][];
  expect(header).toEqual(["Time", "Staff member", "Role", "Action", "Action code", "Record", "Record type", "Record id", "Outcome", "IP address"]);
  expect(rows.map((row) => row.slice(1, 9))).toContainEqual(["Demo Clinician", "Clinician", "Opened a submission", "submission.view", receipt.reference, "submission", receipt.id, "Succeeded"]);
  expect(csv).not.toContain(patient.lastName);
  expect(csv).not.toContain(patient.email);
  for (const row of rows) expect(row[3]).toBe("Opened a submission");

  // The download is itself in the log, as the admin's.
  await page.getByLabel("Action").selectOption({ label: "Exported the audit log as CSV" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("row").nth(1)).toContainText("Demo Admin");

  // Staff pages work at 360 px: the table scrolls in its own box, the page does not.
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
