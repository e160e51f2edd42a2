import { within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { questionById, type QuestionDefinition } from "@/lib/questionnaire";
import { PATIENT } from "@/tests/fixtures/intake";
import { continueTo, fillStep, group, renderIntake, stepOf, textbox } from "./intake-helpers";

describe("questions are rendered from the questionnaire data", () => {
  it("labels every text box, wires its hint, and says which personal detail it asks for", () => {
    renderIntake();
    const expectations: [Parameters<typeof textbox>[0], string, string][] = [
      ["firstName", "given-name", "text"],
      ["lastName", "family-name", "text"],
      ["email", "email", "email"],
      ["phone", "tel", "tel"],
    ];
    for (const [id, autoComplete, type] of expectations) {
      const question: QuestionDefinition = questionById(id);
      const box = textbox(id);
      expect(box).toHaveAttribute("autocomplete", autoComplete);
      expect(box).toHaveAttribute("type", type);
      expect(box).not.toHaveAttribute("placeholder");
      if (question.hint !== undefined) expect(box).toHaveAccessibleDescription(question.hint);
    }
  });

  it("asks each choice question as a group named by its legend, with one control per option", async () => {
    const { user } = renderIntake();
    await fillStep(user, "about", PATIENT);
    await continueTo(user, stepOf("goals").title);
    const choiceQuestions = stepOf("goals").questions.filter((question: QuestionDefinition) => question.options !== undefined);
    expect(choiceQuestions.length).toBeGreaterThan(0);
    for (const question of choiceQuestions) {
      const controls = within(group(question.id)).getAllByRole(question.kind === "multi" ? "checkbox" : "radio");
      const values = controls.map((control) => control.getAttribute("value"));
      expect(values).toEqual((question.options ?? []).map((option) => option.value));
    }
    expect(group("concerns")).toHaveAccessibleDescription(questionById("concerns").hint);
  });

  it("shows the plain description of each skin type, apart from its name", async () => {
    const { user } = renderIntake();
    await fillStep(user, "about", PATIENT);
    await continueTo(user, stepOf("goals").title);
    for (const option of questionById("skinType").options) {
      const radio = within(group("skinType")).getByRole("radio", { name: option.label });
      expect(radio).toHaveAccessibleDescription(option.description);
    }
  });
});
