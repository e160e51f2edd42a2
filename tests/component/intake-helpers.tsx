import { render, screen, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { expect } from "vitest";
import { IntakeFlow, type IntakeFlowProps } from "@/components/intake/IntakeFlow";
import { ClinicTimeZoneProvider } from "@/components/ui/ClinicTimeZone";
import { DATE_PARTS, datePartsOf, questionById, steps, type DatePart, type DateParts, type QuestionDefinition, type QuestionId, type StepId } from "@/lib/questionnaire";
import { PATIENT } from "@/tests/fixtures/intake";

export const clinic: IntakeFlowProps = {
  clinicName: "Riverside Skin Clinic",
  clinicPhone: "020 7946 0000",
  reviewContactDays: 3,
};

export function renderIntake(props: Partial<IntakeFlowProps> = {}, timeZone = "UTC"): { user: UserEvent } {
  // No pause between keystrokes: the flow has dozens of questions.
  const user = userEvent.setup({ delay: null });
  render(
    <ClinicTimeZoneProvider timeZone={timeZone}>
      <IntakeFlow {...clinic} {...props} />
    </ClinicTimeZoneProvider>,
  );
  return { user };
}

/**
 * A form value as the patient gives it: text, one option code, several, a ticked box, or a
 * date's day, month and year (a date given as `YYYY-MM-DD` text is typed into its boxes).
 */
export type Answer = string | readonly string[] | boolean | DateParts;

/** The signature that matches the fixture `PATIENT`'s name. */
export const PATIENT_SIGNATURE = `${PATIENT.firstName} ${PATIENT.lastName}`;

/**
 * The answer a patient gives by picking the first option of every question of steps 2 to 4,
 * derived from the questionnaire data rather than from the fixture's `SAFE_ANSWERS`, so that
 * it follows the form: "No" to yes/no questions, the first option ("never", "none") of other
 * choices, the first option of each multi-select, and optional text left empty.
 */
function firstOptionAnswer(question: QuestionDefinition): Answer | undefined {
  const first = question.options?.[0]?.value;
  switch (question.kind) {
    case "yesNoUnsure":
      return "no";
    case "single":
      return first;
    case "multi":
      return first === undefined ? undefined : [first];
    default:
      return question.optional === true || question.enableWhen !== undefined ? undefined : "text";
  }
}

/** `firstOptionAnswer` for every question of steps 2 to 4: a valid intake with nothing flagged. */
export const FIRST_OPTION_ANSWERS: Readonly<Record<string, Answer>> = Object.fromEntries(
  steps
    .flatMap((step) => step.questions)
    .filter((question) => question.section === "answers")
    .flatMap((question) => {
      const answer = firstOptionAnswer(question);
      return answer === undefined ? [] : [[question.id, answer]];
    }),
);

export function stepOf(id: StepId) {
  const step = steps.find((candidate) => candidate.id === id);
  if (step === undefined) throw new Error(`No step ${id}`);
  return step;
}

function optionLabelOf(question: QuestionDefinition, value: string): string {
  const option = question.options?.find((candidate) => candidate.value === value);
  if (option === undefined) throw new Error(`${question.id} has no option ${value}`);
  return option.label;
}

/** The text box of a question, found by its visible label. */
export const textbox = (id: QuestionId): HTMLElement => screen.getByRole("textbox", { name: questionById(id).label });
/** The fieldset of a choice or date question, found by its legend. */
export const group = (id: QuestionId): HTMLElement => screen.getByRole("group", { name: questionById(id).label });

const PART_LABELS: Readonly<Record<DatePart, string>> = { day: "Day", month: "Month", year: "Year" };

/** One box of a date question, found by its visible label within the question's fieldset. */
export const dateBox = (id: QuestionId, part: DatePart): HTMLElement =>
  within(group(id)).getByRole("textbox", { name: PART_LABELS[part] });

/** What a date question's boxes hold. */
export const dateBoxValues = (id: QuestionId): DateParts => ({
  day: (dateBox(id, "day") as HTMLInputElement).value,
  month: (dateBox(id, "month") as HTMLInputElement).value,
  year: (dateBox(id, "year") as HTMLInputElement).value,
});

/** Answers one question as a patient would: typing, or ticking the options by their labels. */
export async function answer(user: UserEvent, id: QuestionId, value: Answer): Promise<void> {
  const question: QuestionDefinition = questionById(id);
  switch (question.kind) {
    case "multi":
    case "single":
    case "yesNoUnsure": {
      const role = question.kind === "multi" ? "checkbox" : "radio";
      const values = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
      for (const code of values) {
        await user.click(within(group(id)).getByRole(role, { name: optionLabelOf(question, code) }));
      }
      return;
    }
    case "checkbox": {
      const box = screen.getByRole("checkbox", { name: question.label });
      if (box.matches(":checked") !== value) await user.click(box);
      return;
    }
    case "date": {
      const parts = typeof value === "string" ? datePartsOf(value) : (value as DateParts);
      for (const part of DATE_PARTS) {
        const box = dateBox(id, part);
        await user.clear(box);
        if (parts[part] !== "") await user.type(box, parts[part]);
      }
      return;
    }
    default: {
      const box = textbox(id);
      await user.clear(box);
      if (typeof value === "string" && value !== "") await user.type(box, value);
    }
  }
}

export async function continueTo(user: UserEvent, nextTitle: string): Promise<void> {
  await user.click(screen.getByRole("button", { name: "Continue" }));
  expect(await screen.findByRole("heading", { level: 1, name: nextTitle })).toBeInTheDocument();
}

/** Answers every question of a step that has a value in `values`. */
export async function fillStep(user: UserEvent, id: StepId, values: Readonly<Record<string, Answer | undefined>>): Promise<void> {
  for (const question of stepOf(id).questions) {
    const value = values[question.id];
    if (value !== undefined) await answer(user, question.id, value);
  }
}

/** From a fresh intake to "Check your answers": `PATIENT`, then `answers` (the first options unless given). */
export async function fillUpToConfirm(user: UserEvent, answers: Readonly<Record<string, Answer>> = FIRST_OPTION_ANSWERS): Promise<void> {
  await fillStep(user, "about", PATIENT);
  await continueTo(user, stepOf("goals").title);
  await fillStep(user, "goals", answers);
  await continueTo(user, stepOf("skin").title);
  await fillStep(user, "skin", answers);
  await continueTo(user, stepOf("health").title);
  await fillStep(user, "health", answers);
  await continueTo(user, stepOf("confirm").title);
}

/** How and when the fixture patient asked to be contacted (`intakeWith().consent`). */
export const PATIENT_CONTACT = { contactMethod: "phone", contactTimes: ["mornings", "evenings"] } as const;

export async function fillConsent(user: UserEvent, signature = PATIENT_SIGNATURE): Promise<void> {
  await answer(user, "contactMethod", PATIENT_CONTACT.contactMethod);
  await answer(user, "contactTimes", PATIENT_CONTACT.contactTimes);
  await answer(user, "storeAndReview", true);
  await answer(user, "accurate", true);
  await answer(user, "signature", signature);
}

/** The error summary, which must hold focus when it appears. */
export function errorSummary(): HTMLElement {
  const title = screen.getByRole("heading", { name: "There is a problem" });
  const summary = title.parentElement;
  if (summary === null) throw new Error("The error summary heading has no container");
  return summary;
}

/** The summary's links as `[message, href]` pairs, in order. */
export function summaryLinks(): [string, string | null][] {
  return within(errorSummary())
    .getAllByRole("link")
    .map((link) => [link.textContent ?? "", link.getAttribute("href")]);
}
