import { screen, waitFor, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { consentStepSchema, questionById, stepSchemas, type QuestionId, type StepId } from "@/lib/questionnaire";
import { PATIENT } from "@/tests/fixtures/intake";
import {
  FIRST_OPTION_ANSWERS,
  answer,
  continueTo,
  dateBox,
  errorSummary,
  fillUpToConfirm,
  fillStep,
  group,
  renderIntake,
  stepOf,
  summaryLinks,
  textbox,
} from "./intake-helpers";

/** The messages the step's own schema gives for an empty step, as `[message, "#questionId"]`. */
function expectedProblems(schema: { safeParse(data: unknown): { error?: { issues: { path: PropertyKey[]; message: string }[] } } }) {
  return (schema.safeParse({}).error?.issues ?? []).map((issue) => [issue.message, `#${String(issue.path[0])}`]);
}

/** The controls a question's error marks invalid: its text box, every box of a date, or every option of its group. */
function controlsOf(id: QuestionId): HTMLElement[] {
  const question = questionById(id);
  if (question.kind === "checkbox") return [screen.getByRole("checkbox", { name: question.label })];
  if (question.kind === "date") return (["day", "month", "year"] as const).map((part) => dateBox(id, part));
  if (question.options !== undefined) return within(group(id)).getAllByRole(question.kind === "multi" ? "checkbox" : "radio");
  return [textbox(id)];
}

async function pressContinueOnEmptyStep(user: UserEvent, label = "Continue"): Promise<void> {
  await user.click(screen.getByRole("button", { name: label }));
  expect(await screen.findByRole("heading", { name: "There is a problem" })).toBeInTheDocument();
}

function expectInlineErrors(problems: string[][]): void {
  for (const [message = "", href = ""] of problems) {
    const id = href.slice(1) as QuestionId;
    const { kind } = questionById(id);
    // A group's hint and error describe the fieldset; a single control's describe the control.
    const described = kind === "multi" || kind === "single" || kind === "yesNoUnsure" || kind === "date" ? group(id) : controlsOf(id)[0];
    expect(described).toHaveAccessibleDescription(expect.stringContaining(message));
    for (const control of controlsOf(id)) expect(control).toHaveAttribute("aria-invalid", "true");
  }
}

async function reach(user: UserEvent, step: StepId): Promise<void> {
  const order: StepId[] = ["about", "goals", "skin", "health"];
  for (const id of order.slice(0, order.indexOf(step))) {
    await fillStep(user, id, id === "about" ? PATIENT : FIRST_OPTION_ANSWERS);
    const next = order[order.indexOf(id) + 1];
    if (next !== undefined) await continueTo(user, stepOf(next).title);
  }
}

describe("validation on Continue", () => {
  it.each(["about", "goals", "skin", "health"] as const)(
    "an empty %s step lists every problem in a focused summary, with inline errors",
    async (step) => {
      const { user } = renderIntake();
      await reach(user, step);
      await pressContinueOnEmptyStep(user);

      const problems = expectedProblems(stepSchemas[step]);
      expect(problems.length).toBeGreaterThan(0);
      expect(summaryLinks()).toEqual(problems);
      await waitFor(() => expect(errorSummary()).toHaveFocus());
      expectInlineErrors(problems);
      // Still on the same step, and the tab title says there is a problem.
      expect(screen.getByRole("heading", { level: 1, name: stepOf(step).title })).toBeInTheDocument();
      expect(document.title).toMatch(/^Error: /);
    },
  );

  it("uses friendly words and skips optional questions", async () => {
    const { user } = renderIntake();
    await pressContinueOnEmptyStep(user);
    const messages = summaryLinks().map(([message]) => message);
    expect(messages).toEqual([
      "Enter your first name",
      "Enter your last name",
      "Enter your date of birth",
      "Enter your email address",
    ]);
    expect(textbox("phone")).not.toHaveAttribute("aria-invalid");
  });

  it("explains a wrong format at the field", async () => {
    const { user } = renderIntake();
    await fillStep(user, "about", { ...PATIENT, email: "jane@", dateOfBirth: { day: "31", month: "2", year: "1990" } });
    await pressContinueOnEmptyStep(user);
    expect(summaryLinks()).toEqual([
      ["Date of birth must be a real date", "#dateOfBirth"],
      ["Enter your email address in the correct format, like name@example.com", "#email"],
    ]);
  });

  it("names the question in every message: an empty 'Your skin' no longer repeats one message eleven times", async () => {
    const { user } = renderIntake();
    await reach(user, "skin");
    await pressContinueOnEmptyStep(user);
    const messages = summaryLinks().map(([message]) => message);
    expect(messages).toHaveLength(stepOf("skin").questions.length);
    expect(new Set(messages).size).toBe(messages.length);
    expect(messages[0]).toBe("Select whether you have breakouts in the area now");
  });

  it("the consent step needs how and when to be contacted, both boxes ticked and a signature that matches the name", async () => {
    const { user } = renderIntake();
    await fillUpToConfirm(user);
    await pressContinueOnEmptyStep(user, "Submit my answers");
    const problems = expectedProblems(consentStepSchema(PATIENT));
    expect(summaryLinks()).toEqual(problems);
    expectInlineErrors(problems);

    await answer(user, "contactMethod", "email");
    await answer(user, "contactTimes", ["afternoons"]);
    await user.click(screen.getByRole("checkbox", { name: questionById("storeAndReview").label }));
    await user.click(screen.getByRole("checkbox", { name: questionById("accurate").label }));
    await user.type(textbox("signature"), `Sam ${PATIENT.lastName}`);
    await user.click(screen.getByRole("button", { name: "Submit my answers" }));
    await waitFor(() => expect(summaryLinks()).toEqual([[questionById("signature").messages.mismatch, "#signature"]]));
    await waitFor(() => expect(errorSummary()).toHaveFocus());
  });

  it("focuses the summary again after another failed attempt, and drops fixed problems", async () => {
    const { user } = renderIntake();
    await pressContinueOnEmptyStep(user);
    await user.type(textbox("firstName"), PATIENT.firstName);
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await waitFor(() => expect(errorSummary()).toHaveFocus());
    expect(summaryLinks().map(([message]) => message)).not.toContain("Enter your first name");
    expect(textbox("firstName")).not.toHaveAttribute("aria-invalid");
  });

  it("a summary link focuses its text box, or the first option of a group", async () => {
    const { user } = renderIntake();
    await pressContinueOnEmptyStep(user);
    await user.click(screen.getByRole("link", { name: "Enter your email address" }));
    expect(textbox("email")).toHaveFocus();

    await fillStep(user, "about", PATIENT);
    await continueTo(user, stepOf("goals").title);
    await pressContinueOnEmptyStep(user);
    await user.click(screen.getByRole("link", { name: questionById("treatmentAreas").messages.required }));
    expect(within(group("treatmentAreas")).getAllByRole("checkbox")[0]).toHaveFocus();
    // The page address never changes, not even by a fragment.
    expect(window.location.hash).toBe("");
  });
});
