import type { BrowserContext } from "@playwright/test";
import { intakeWith } from "@/tests/fixtures/intake";
import { expect, test } from "@/tests/e2e/fixtures";
import { signInWithForm } from "@/tests/e2e/session";
import { submitIntake } from "@/tests/e2e/submit";

// Issue 12 counted 27 URLs with patient names, emails and dates of birth in one staff
// session: the search form was a GET, and its values went into history, the tabs'
// prefetches, the CSV link and any proxy's access log. Now the form posts, and the URL
// carries a random id of the search kept on the server.

test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

const patient = { firstName: "Philippa", lastName: "Urlsafe", email: "philippa.urlsafe@example.com", dateOfBirth: "1984-03-09", phone: "07700 900456" };

/** Every URL the browser requested, prefetches and downloads included. */
function recordUrls(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on("request", (request) => urls.push(request.url()));
  return urls;
}

/** The patient's details as they could appear in a URL: as typed, lower-cased, or encoded. */
const leaks = (url: string) => {
  const decoded = decodeURIComponent(url.replaceAll("+", " ")).toLowerCase();
  return Object.values(patient).filter((value) => decoded.includes(value.toLowerCase()) || decoded.includes(value.toLowerCase().replaceAll(" ", "")));
};

test("a clinician who searches, opens, prints and exports leaves no patient data in any URL", async ({ page, context, request }) => {
  const receipt = await submitIntake(request, intakeWith({ patient, answers: { bloodThinners: "yes" } }));
  const urls = recordUrls(context);
  await signInWithForm(page, "clinician");

  await page.getByRole("link", { name: /^All/ }).click();
  await page.getByLabel("Name, email or reference").fill(patient.lastName);
  await page.getByLabel("Date of birth").fill(patient.dateOfBirth);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/search=/);
  await expect(page.getByRole("link", { name: receipt.reference })).toBeVisible();

  // Each tab keeps the search, by its id.
  await page.getByRole("link", { name: /^To review/ }).click();
  await expect(page.getByRole("link", { name: receipt.reference })).toBeVisible();
  await expect(page.getByLabel("Name, email or reference")).toHaveValue(patient.lastName);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download this list as CSV" }).click();
  const csv = await (await download).path().then((file) => import("node:fs").then((fs) => fs.readFileSync(file, "utf8")));
  expect(csv).toContain(receipt.reference);

  await page.getByRole("link", { name: receipt.reference }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(patient.lastName);
  await page.goto(`/staff/submissions/${receipt.id}/print`);
  await expect(page.getByText(patient.email)).toBeVisible();

  const leaking = urls.filter((url) => leaks(url).length > 0);
  console.log(`[urls] one clinician session (search, tabs, export, open, print): ${urls.length} URLs requested, ${leaking.length} with patient data`);
  expect(leaking).toEqual([]);
});

test("the front desk's search and batch print leave no patient data in any URL, and a search cannot be used by anyone else", async ({ page, context, browser, request }) => {
  const receipt = await submitIntake(request, intakeWith({ patient }));
  const urls = recordUrls(context);
  await signInWithForm(page, "front_desk");
  await page.getByLabel("Name, email or reference").fill(patient.email);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/search=/);
  await expect(page.getByRole("link", { name: `Print summary for ${receipt.reference}` })).toBeVisible();
  const searchUrl = page.url();

  // The same link in another staff member's browser finds nothing of it.
  const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const otherPage = await other.newPage();
  await signInWithForm(otherPage, "clinician");
  await otherPage.goto(searchUrl);
  await expect(otherPage.getByText("That search has ended")).toBeVisible();
  await expect(otherPage.getByLabel("Name, email or reference")).toHaveValue("");
  await other.close();

  await page.getByRole("checkbox", { name: `Select ${receipt.reference} for batch printing` }).check();
  await page.getByRole("button", { name: "Print selected summaries" }).click();
  await expect(page.getByText(patient.email)).toBeVisible();

  const leaking = urls.filter((url) => leaks(url).length > 0);
  console.log(`[urls] one front-desk session (search, batch print): ${urls.length} URLs requested, ${leaking.length} with patient data`);
  expect(leaking).toEqual([]);
});
