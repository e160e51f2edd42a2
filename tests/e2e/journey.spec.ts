import { execFileSync } from "node:child_process";
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { steps, type Intake } from "@/lib/questionnaire";
import { intakeWith } from "@/tests/fixtures/intake";
import { expect, test } from "./fixtures";
import { fillIntake, fillSteps, labelOf, submitIntake } from "./intake-driver";
import { signIn } from "./session";

// The patient's journey never loses their work (issue 13): history per step, save and
// resume, a result they keep. Every test runs on a 360 px wide phone.
test.use({ viewport: { width: 360, height: 740 } });

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

async function expectAccessible(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`), where).toEqual([]);
}

const heading = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 1, name });
const title = (id: string): string => steps.find((step) => step.id === id)!.title;
const RESUME_CODE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

/** Fills the date of birth on the resume page, as day, month and year. */
async function fillDateOfBirth(page: Page, date: string): Promise<void> {
  const [year = "", month = "", day = ""] = date.split("-");
  const group = page.getByRole("group", { name: /date of birth/i });
  await group.getByRole("textbox", { name: "Day" }).fill(String(Number(day)));
  await group.getByRole("textbox", { name: "Month" }).fill(String(Number(month)));
  await group.getByRole("textbox", { name: "Year" }).fill(year);
}

async function resume(page: Page, code: string, dateOfBirth: string): Promise<void> {
  await page.getByRole("textbox", { name: /code/i }).fill(code);
  await fillDateOfBirth(page, dateOfBirth);
  await page.getByRole("button", { name: "Continue" }).click();
}

/** Saves the answers so far and returns the code the page shows. */
async function saveForLater(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Save and finish later" }).click();
  await expect(page.getByRole("heading", { name: "Your answers are saved" })).toBeVisible();
  const code = (await page.locator(".resume-code").textContent())?.trim() ?? "";
  expect(code).toMatch(RESUME_CODE);
  return code;
}

/** The stored submission with this reference, as a clinician reads it over the API. */
async function storedSubmission(request: APIRequestContext, reference: string): Promise<{ patient: unknown; answers: unknown }> {
  await signIn(request, "clinician");
  const list = await request.get(`/api/submissions?q=${encodeURIComponent(reference)}`);
  const { items } = (await list.json()) as { items: { id: string; reference: string }[] };
  expect(items.map((item) => item.reference)).toEqual([reference]);
  const detail = await request.get(`/api/submissions/${items[0]!.id}`);
  return (await detail.json()) as { patient: unknown; answers: unknown };
}

async function newPhone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  return context.newPage();
}

test("Back and Forward move between steps and keep every answer", async ({ page }) => {
  const intake = intakeWith();
  await page.goto("/");
  await page.getByRole("link", { name: "Start your screening" }).click();
  await fillSteps(page, intake, ["about", "goals"]);
  await expect(heading(page, title("skin"))).toBeVisible();

  await page.goBack();
  await expect(heading(page, title("goals"))).toBeFocused();
  for (const concern of intake.answers.concerns) {
    await expect(page.getByRole("group", { name: labelOf("concerns") }).locator(`input[value="${concern}"]`)).toBeChecked();
  }
  await page.goBack();
  await expect(heading(page, title("about"))).toBeVisible();
  await expect(page.getByRole("textbox", { name: labelOf("firstName") })).toHaveValue(intake.patient.firstName);
  await expect(page.getByRole("textbox", { name: labelOf("email") })).toHaveValue(intake.patient.email);

  await page.goForward();
  await page.goForward();
  await expect(heading(page, title("skin"))).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("group", { name: labelOf("treatmentAreas") }).locator(`input[value="${intake.answers.treatmentAreas[0]}"]`)).toBeChecked();
});

test("leaving with unsaved answers asks first, by Back and by the header's link", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Start your screening" }).click();
  await page.getByRole("textbox", { name: labelOf("firstName") }).fill("Sam");
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });

  await page.getByRole("link", { name: "Riverside Skin Clinic" }).click();
  await expect.poll(() => dialogs.length).toBe(1);
  await expect(page).toHaveURL(/\/intake$/);

  // The browser's Back, cancelled by the patient: Playwright would wait for a navigation that never comes.
  void page.goBack({ timeout: 5_000 }).catch(() => undefined);
  await expect.poll(() => dialogs.length).toBe(2);
  await expect(page).toHaveURL(/\/intake$/);
  await expect(page.getByRole("textbox", { name: labelOf("firstName") })).toHaveValue("Sam");
  expect(dialogs[0]).toMatch(/answers .* will be lost/);

  // Saved answers are not lost by leaving: no question then.
  await fillDateOfBirth(page, "1990-04-27");
  await saveForLater(page);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  expect(dialogs).toHaveLength(2);
});

test("a draft saved on step 3 is finished in another browser and submitted once, with every answer", async ({ page, browser, request }) => {
  const intake = intakeWith({ patient: { firstName: "Robin", lastName: "Draftley" } });
  await page.goto("/intake");
  await fillSteps(page, intake, ["about", "goals"]);
  await expect(heading(page, title("skin"))).toBeVisible();
  const code = await saveForLater(page);

  const later = await newPhone(browser);
  await later.goto("/");
  await later.getByRole("link", { name: "Finish a saved screening" }).click();
  await expect(heading(later, "Finish a saved screening")).toBeVisible();
  await expectAccessible(later, "the resume page");
  await resume(later, code.toLowerCase().replaceAll("-", " "), intake.patient.dateOfBirth);
  // Step 3 is the first with questions left to answer.
  await expect(heading(later, title("skin"))).toBeVisible();
  await fillIntake(later, intake, { from: "skin" });
  await submitIntake(later);
  await expect(heading(later, /looks suitable for you/)).toBeVisible();
  const reference = (await later.locator(".reference").textContent()) ?? "";

  const stored = await storedSubmission(request, reference);
  expect(stored).toMatchObject({ patient: intake.patient, answers: intake.answers });
  // Submitted, so the draft is gone.
  const again = await request.post("/api/drafts/resume", { data: { resumeCode: code, dateOfBirth: intake.patient.dateOfBirth } });
  expect(again.status()).toBe(404);
  await later.context().close();
});

test("five wrong dates of birth lock a code for good", async ({ page, browser }) => {
  const intake = intakeWith();
  await page.goto("/intake");
  await fillSteps(page, intake, ["about"]);
  const code = await saveForLater(page);

  const guesser = await newPhone(browser);
  await guesser.goto("/intake/resume");
  for (let guess = 1; guess <= 5; guess++) {
    await resume(guesser, code, `1970-01-0${guess}`);
    await expect(guesser.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(guesser.locator(".error-summary")).toContainText("couldn't find saved answers");
  }
  await resume(guesser, code, intake.patient.dateOfBirth);
  await expect(guesser.locator(".error-summary")).toContainText("couldn't find saved answers");
  await expect(heading(guesser, "Finish a saved screening")).toBeVisible();
  await expectAccessible(guesser, "the resume page with an error");
  await guesser.context().close();
});

test("every step submitted empty names each of its questions once", async ({ page }) => {
  const intake = intakeWith();
  await page.goto("/intake");
  for (const step of steps) {
    await expect(heading(page, step.title)).toBeVisible();
    await page.getByRole("button", { name: step.id === "confirm" ? "Submit my answers" : "Continue" }).click();
    const messages = await page.locator(".error-summary li").allTextContents();
    expect(messages.length, step.title).toBeGreaterThan(0);
    expect(new Set(messages).size, `${step.title}: ${messages.join(" | ")}`).toBe(messages.length);
    await expectAccessible(page, `${step.title}, submitted empty`);
    if (step.id !== "confirm") await fillSteps(page, intake, [step.id]);
  }
});

test("the result survives a reload, prints on one page, and nothing reaches storage, cookies or URLs", async ({ page, context }) => {
  const intake: Intake = intakeWith({ patient: { firstName: "Zoë", lastName: "O'Connor-Ñúñez", email: "zoe.resume@example.com" } });
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  page.on("framenavigated", (frame) => urls.push(frame.url()));

  await page.goto("/intake");
  await fillSteps(page, intake, ["about", "goals"]);
  const code = await saveForLater(page);
  await page.goto("/intake/resume");
  await resume(page, code, intake.patient.dateOfBirth);
  await fillIntake(page, intake, { from: "skin" });
  await submitIntake(page);
  await expect(heading(page, /looks suitable for you/)).toBeVisible();
  const reference = (await page.locator(".reference").textContent()) ?? "";
  await expectAccessible(page, "the result");

  const pdf = await page.pdf({ format: "A4" });
  const text = execFileSync("pdftotext", ["-", "-"], { input: pdf }).toString();
  expect(execFileSync("pdfinfo", ["-"], { input: pdf }).toString()).toMatch(/Pages:\s+1\n/);
  expect(text).toContain(reference);
  expect(text).toContain("020 7946 0123");
  expect(text).not.toContain("Print or save as PDF");

  await page.reload();
  await expect(heading(page, "Your screening has been sent")).toBeVisible();
  await expect(page.getByText(reference)).toBeVisible();
  await expectAccessible(page, "the result, reloaded");

  const stored = await page.evaluate(async () => ({
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    indexedDb: (await indexedDB.databases()).map((database) => database.name),
    history: JSON.stringify(window.history.state),
  }));
  expect({ ...stored, history: undefined }).toEqual({ local: "{}", session: "{}", indexedDb: [], history: undefined });
  expect(await context.cookies()).toEqual([]);
  const seen = [...urls.map((url) => decodeURIComponent(url)), stored.history].join("\n");
  for (const secret of [code, code.replaceAll("-", ""), "Zoë", "Ñúñez", "zoe.resume@example.com", intake.patient.dateOfBirth]) {
    expect(seen).not.toContain(secret);
  }
});
