import { describe, expect, it } from "vitest";
import { initialIntakeState, intakeReducer } from "@/components/intake/intake-reducer";
import { aboutStep } from "@/lib/questionnaire/steps/about";
import { PATIENT } from "@/tests/fixtures/intake";

const onGoals = intakeReducer(initialIntakeState, { type: "continued", step: aboutStep, values: { ...PATIENT } });

describe("intakeReducer", () => {
  it("saves a step's answers and moves on, by the order of the steps alone", () => {
    expect(onGoals).toMatchObject({ phase: "answering", step: "goals", moved: true, draft: { patient: PATIENT } });
  });

  it("ignores answers from a step that is no longer the one on screen, such as a late second submit", () => {
    expect(intakeReducer(onGoals, { type: "continued", step: aboutStep, values: { firstName: "Sam" } })).toBe(onGoals);
    expect(intakeReducer(onGoals, { type: "wentBack", step: aboutStep, values: {} })).toBe(onGoals);
  });
});
