import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { datePartsOf, displayValue, questionById, steps, type QuestionId } from "@/lib/questionnaire";
import { PATIENT } from "@/tests/fixtures/intake";
import {
  answer,
  FIRST_OPTION_ANSWERS,
  clinic,
  continueTo,
  dateBoxValues,
  fillUpToConfirm,
  fillStep,
  group,
  renderIntake,
  stepOf,
  summaryLinks,
  textbox,
} from "./intake-helpers";

const otherLabel = questionById("concernsOther").label;
const queryOther = () => screen.queryByRole("textbox", { name: otherLabel });

/** The answer shown next to a question on Check your answers. */
function shownAnswer(id: QuestionId): string {
  const term = screen.getByText(questionById(id).label, { selector: "dt" });
  return term.nextElementSibling?.textContent ?? "";
}

describe("moving between steps", () => {
  it("shows the step number, and moves focus and the tab title to each new step", async () => {
    const { user } = renderIntake();
    const first = screen.getByRole("heading", { level: 1, name: stepOf("about").title });
    expect(screen.getByText("Step 1 of 5")).toBeInTheDocument();
    // A fresh page keeps the browser's own focus.
    expect(first).not.toHaveFocus();
    await waitFor(() => expect(document.title).toBe(`About you – Step 1 of 5 – ${clinic.clinicName}`));

    await fillStep(user, "about", PATIENT);
    await continueTo(user, "Your goals");
    await waitFor(() => expect(screen.getByRole("heading", { level: 1, name: "Your goals" })).toHaveFocus());
    expect(screen.getByText("Step 2 of 5")).toBeInTheDocument();
    expect(document.title).toBe(`Your goals – Step 2 of 5 – ${clinic.clinicName}`);

    await user.click(screen.getByRole("button", { name: "Back" }));
    await waitFor(() => expect(screen.getByRole("heading", { level: 1, name: "About you" })).toHaveFocus());
    expect(screen.queryByRole("button", { name: "Back" })).not.toBeInTheDocument();
  });

  it("Back and Continue keep every answer, even unfinished ones", async () => {
    const { user } = renderIntake();
    await fillStep(user, "about", PATIENT);
    await continueTo(user, "Your goals");
    await answer(user, "concerns", ["stretch_marks", "other"]);
    await answer(user, "concernsOther", "Freckles");

    // Back does not validate: the missing answers of this step are no obstacle.
    await user.click(screen.getByRole("button", { name: "Back" }));
    await screen.findByRole("heading", { level: 1, name: "About you" });
    const { dateOfBirth, ...typed } = PATIENT;
    for (const [id, value] of Object.entries(typed)) expect(textbox(id as QuestionId)).toHaveValue(value);
    expect(dateBoxValues("dateOfBirth")).toEqual(datePartsOf(dateOfBirth));

    await continueTo(user, "Your goals");
    expect(within(group("concerns")).getByRole("checkbox", { name: "Stretch marks" })).toBeChecked();
    expect(within(group("concerns")).getByRole("checkbox", { name: "Something else" })).toBeChecked();
    expect(within(group("concerns")).getByRole("checkbox", { name: "Acne scars" })).not.toBeChecked();
    expect(textbox("concernsOther")).toHaveValue("Freckles");
  });

  it("keeps a date of birth's boxes as typed when Back leaves them unfinished", async () => {
    const { user } = renderIntake();
    await fillUpToConfirm(user);
    await user.click(screen.getByRole("button", { name: "Change about you" }));
    await screen.findByRole("heading", { level: 1, name: "About you" });
    await answer(user, "dateOfBirth", { day: "27", month: "", year: "1990" });
    await user.click(screen.getByRole("button", { name: "Back" }));
    await screen.findByRole("heading", { level: 1, name: stepOf("confirm").title });
    expect(shownAnswer("dateOfBirth")).toBe("27 1990");

    await user.click(screen.getByRole("button", { name: "Change about you" }));
    await screen.findByRole("heading", { level: 1, name: "About you" });
    expect(dateBoxValues("dateOfBirth")).toEqual({ day: "27", month: "", year: "1990" });
  });
});

describe("the conditional question about other concerns", () => {
  it("appears only while 'Something else' is ticked, and is required then", async () => {
    const { user } = renderIntake();
    await fillStep(user, "about", PATIENT);
    await continueTo(user, "Your goals");
    expect(queryOther()).not.toBeInTheDocument();

    const other = within(group("concerns")).getByRole("checkbox", { name: "Something else" });
    await user.click(other);
    expect(queryOther()).toBeInTheDocument();

    await fillStep(user, "goals", { treatmentAreas: ["face"], skinType: "III" });
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await waitFor(() =>
      expect(summaryLinks()).toEqual([[questionById("concernsOther").messages.required, "#concernsOther"]]),
    );
    expect(textbox("concernsOther")).toHaveAttribute("aria-invalid", "true");

    await user.click(other);
    expect(queryOther()).not.toBeInTheDocument();
  });

  it("a hidden answer is dropped: unticking 'Something else' removes what was typed", async () => {
    const { user } = renderIntake();
    await fillStep(user, "about", PATIENT);
    await continueTo(user, "Your goals");
    await answer(user, "concerns", ["acne_scars", "other"]);
    await answer(user, "concernsOther", "Freckles");
    await answer(user, "concerns", ["other"]);
    await fillStep(user, "goals", { treatmentAreas: ["face"], skinType: "III" });
    await continueTo(user, "Your skin");
    await fillStep(user, "skin", FIRST_OPTION_ANSWERS);
    await continueTo(user, "Your health");
    await fillStep(user, "health", FIRST_OPTION_ANSWERS);
    await continueTo(user, stepOf("confirm").title);
    expect(screen.queryByText(otherLabel)).not.toBeInTheDocument();
    expect(shownAnswer("concerns")).toBe("Acne scars");
  });
});

describe("Check your answers", () => {
  it("shows every answer, grouped by step", async () => {
    const { user } = renderIntake();
    await fillUpToConfirm(user);
    expect(screen.getByText("Step 5 of 5")).toBeInTheDocument();

    const given: Record<string, unknown> = { ...PATIENT, ...FIRST_OPTION_ANSWERS };
    for (const step of steps.filter((candidate) => candidate.id !== "confirm")) {
      expect(screen.getByRole("heading", { level: 2, name: step.title })).toBeInTheDocument();
      for (const question of step.questions) {
        if (question.enableWhen !== undefined) continue;
        const value = given[question.id];
        const expected = value === undefined ? "Not answered" : displayValue(question.id, value as never);
        expect(shownAnswer(question.id)).toBe(expected);
      }
    }
  });

  it("'Change' opens the step, and Continue there returns straight to Check your answers", async () => {
    const { user } = renderIntake();
    await fillUpToConfirm(user);

    await user.click(screen.getByRole("button", { name: "Change your goals" }));
    await waitFor(() => expect(screen.getByRole("heading", { level: 1, name: "Your goals" })).toHaveFocus());
    await answer(user, "treatmentAreas", ["neck"]);
    await continueTo(user, stepOf("confirm").title);
    expect(shownAnswer("treatmentAreas")).toBe("Face, Neck");

    // Back from a changed step also returns to Check your answers, keeping the change.
    await user.click(screen.getByRole("button", { name: "Change about you" }));
    await screen.findByRole("heading", { level: 1, name: "About you" });
    await answer(user, "phone", "");
    await user.click(screen.getByRole("button", { name: "Back" }));
    await screen.findByRole("heading", { level: 1, name: stepOf("confirm").title });
    expect(shownAnswer("phone")).toBe("Not answered");

    // The next visit to a step without "Change" follows the usual order again.
    await user.click(screen.getByRole("button", { name: "Back" }));
    await screen.findByRole("heading", { level: 1, name: "Your health" });
    await continueTo(user, stepOf("confirm").title);
  });

  it("offers a Change button for each step", async () => {
    const { user } = renderIntake();
    await fillUpToConfirm(user);
    const names = screen.getAllByRole("button", { name: /^Change/ }).map((button) => button.textContent);
    expect(names).toEqual(["Change about you", "Change your goals", "Change your skin", "Change your health"]);
  });
});
