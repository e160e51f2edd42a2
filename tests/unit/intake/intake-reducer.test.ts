import { describe, expect, it } from "vitest";
import { initialIntakeState, intakeReducer, resumedIntakeState } from "@/components/intake/intake-reducer";
import { aboutStep } from "@/lib/questionnaire/steps/about";
import { goalsStep } from "@/lib/questionnaire/steps/goals";
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

describe("moving through the browser's history", () => {
  it("keeps the answers of the step it leaves, unvalidated, and opens the step of the entry", () => {
    const back = intakeReducer(onGoals, { type: "traversed", to: "about", left: { step: goalsStep, values: { concerns: ["acne_scars"] } } });
    expect(back).toMatchObject({ phase: "answering", step: "about", moved: true, draft: { patient: PATIENT, answers: { concerns: ["acne_scars"] } } });
    const forward = intakeReducer(back, { type: "traversed", to: "goals", left: { step: aboutStep, values: { ...PATIENT, firstName: "Sam" } } });
    expect(forward).toMatchObject({ step: "goals", draft: { patient: { ...PATIENT, firstName: "Sam" }, answers: { concerns: ["acne_scars"] } } });
  });

  it("keeps nothing from a step that is not on screen, such as while the next one is still loading", () => {
    const moved = intakeReducer(onGoals, { type: "traversed", to: "about", left: { step: aboutStep, values: { firstName: "Sam" } } });
    expect(moved).toMatchObject({ step: "about", draft: { patient: PATIENT } });
    expect(intakeReducer(onGoals, { type: "traversed", to: "about" })).toMatchObject({ step: "about", draft: { patient: PATIENT, answers: {} } });
  });

  it("leaves a change made from Check your answers when the patient goes elsewhere in history", () => {
    const changing = intakeReducer(resumedIntakeState({ patient: PATIENT, answers: {}, consent: {} }, "confirm"), { type: "changeRequested", step: "about" });
    expect(changing).toMatchObject({ step: "about", returnToCheck: true });
    expect(intakeReducer(changing, { type: "traversed", to: "confirm" })).toMatchObject({ step: "confirm", returnToCheck: false });
  });
});

describe("a resumed draft", () => {
  it("starts at the given step with the saved answers and nothing sent", () => {
    expect(resumedIntakeState({ patient: PATIENT, answers: {}, consent: {} }, "skin")).toMatchObject({
      phase: "answering",
      step: "skin",
      draft: { patient: PATIENT },
      submission: { status: "idle" },
    });
  });
});
