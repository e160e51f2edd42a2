import { expect, type Locator, type Page } from "@playwright/test";
import {
  DATE_PARTS,
  datePartsOf,
  questionById,
  steps,
  type Answers,
  type DatePart,
  type Intake,
  type QuestionDefinition,
  type QuestionId,
  type StepId,
} from "@/lib/questionnaire";

type Value = Intake["patient"][keyof Intake["patient"]] | Answers[keyof Answers] | Intake["consent"][keyof Intake["consent"]];

/** How the patient moves around: pointer clicks, or the keyboard alone (Tab, arrows, Space, Enter). */
export type Input = "pointer" | "keyboard";

const field = (page: Page, question: QuestionDefinition): Locator =>
  question.kind === "checkbox"
    ? page.getByRole("checkbox", { name: question.label, exact: true })
    : page.getByRole("textbox", { name: question.label, exact: true });
const group = (page: Page, question: QuestionDefinition): Locator => page.getByRole("group", { name: question.label, exact: true });
const PART_LABELS: Readonly<Record<DatePart, string>> = { day: "Day", month: "Month", year: "Year" };

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("Tab never reached the target");
}

async function answerQuestion(page: Page, question: QuestionDefinition, value: Value, input: Input): Promise<void> {
  // Nothing to give, or an optional tick left unticked (the emailed copy).
  if (value === undefined || value === "" || value === false) return;
  const options = question.options ?? [];
  const labelOf = (code: string) => options.find((option) => option.value === code)!.label;

  if (question.kind === "single" || question.kind === "yesNoUnsure") {
    const radios = group(page, question).getByRole("radio");
    if (input === "pointer") return group(page, question).getByRole("radio", { name: labelOf(String(value)), exact: true }).check();
    // Tab lands on the group's first radio; the arrow keys move along it and select.
    await tabTo(page, radios.first());
    const index = options.findIndex((option) => option.value === value);
    if (index === 0) await page.keyboard.press("Space");
    for (let step = 0; step < index; step++) await page.keyboard.press("ArrowDown");
    return expect(radios.nth(index)).toBeChecked();
  }
  if (question.kind === "multi") {
    for (const code of value as readonly string[]) {
      const box = group(page, question).getByRole("checkbox", { name: labelOf(code), exact: true });
      if (input === "pointer") await box.check();
      else {
        await tabTo(page, box);
        await page.keyboard.press("Space");
      }
      await expect(box).toBeChecked();
    }
    return;
  }
  if (question.kind === "date") {
    // Typed as a patient would: 15, 6 and 1991 in the day, month and year boxes for 1991-06-15.
    const parts = datePartsOf(String(value));
    for (const part of DATE_PARTS) {
      const box = group(page, question).getByRole("textbox", { name: PART_LABELS[part], exact: true });
      if (input === "pointer") await box.fill(parts[part]);
      else {
        await tabTo(page, box);
        await page.keyboard.type(parts[part]);
      }
    }
    return;
  }
  if (question.kind === "checkbox") {
    const box = field(page, question);
    if (input === "pointer") return box.check();
    await tabTo(page, box);
    await page.keyboard.press("Space");
    return expect(box).toBeChecked();
  }
  const box = field(page, question);
  if (input === "pointer") return box.fill(String(value));
  await tabTo(page, box);
  await page.keyboard.type(String(value));
}

async function press(page: Page, name: string, input: Input): Promise<void> {
  const button = page.getByRole("button", { name, exact: true });
  if (input === "pointer") return button.click();
  await tabTo(page, button);
  await page.keyboard.press("Enter");
}

const valuesOf = (intake: Intake): Record<string, Value> => ({ ...intake.patient, ...intake.answers, ...intake.consent });

/**
 * Fills every step of the intake from `intake`, checking each step's heading, and stops on
 * "Check your answers" with the consent given, ready to submit. `onStep` runs on each step
 * once its heading shows (for accessibility and layout checks). `from` starts on a later step
 * (a resumed draft).
 */
export async function fillIntake(
  page: Page,
  intake: Intake,
  { input = "pointer", onStep, from = "about" }: { input?: Input; onStep?: (title: string) => Promise<void>; from?: StepId } = {},
): Promise<void> {
  const values = valuesOf(intake);
  const first = steps.findIndex((step) => step.id === from);
  for (const [index, step] of steps.entries()) {
    if (index < first) continue;
    const heading = page.getByRole("heading", { level: 1, name: step.title });
    await expect(heading).toBeVisible();
    // After a step change focus moves to the heading, so a screen reader announces it.
    if (index > first) await expect(heading).toBeFocused();
    await onStep?.(step.title);
    for (const question of step.questions) {
      await answerQuestion(page, question, values[question.id], input);
    }
    if (step.id !== "confirm") await press(page, "Continue", input);
  }
}

/** Fills the steps `ids` (each must be on screen in turn) from `intake`, pressing Continue after each. */
export async function fillSteps(page: Page, intake: Intake, ids: readonly StepId[], input: Input = "pointer"): Promise<void> {
  const values = valuesOf(intake);
  for (const id of ids) {
    const step = steps.find((candidate) => candidate.id === id)!;
    await expect(page.getByRole("heading", { level: 1, name: step.title })).toBeVisible();
    for (const question of step.questions) await answerQuestion(page, question, values[question.id], input);
    await press(page, "Continue", input);
  }
}

/** Submits from "Check your answers". */
export function submitIntake(page: Page, input: Input = "pointer"): Promise<void> {
  return press(page, "Submit my answers", input);
}

export const labelOf = (id: QuestionId): string => questionById(id).label;
