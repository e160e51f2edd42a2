import { describe, expect, it } from "vitest";
import { displayValue, summarizeIntake } from "@/lib/questionnaire";
import { intakeWith } from "@/tests/fixtures/intake";

describe("displayValue", () => {
  it("joins the labels of a multi-select in the order chosen", () => {
    expect(displayValue("concerns", ["hair_loss", "acne_scars"])).toBe("Thinning hair or hair loss, Acne scars");
  });

  it("shows the label of a single choice and of a yes-no-unsure answer", () => {
    expect(displayValue("coldSores", "history")).toBe("Yes, I've had them before");
    expect(displayValue("keloids", "unsure")).toBe("I'm not sure");
    expect(displayValue("skinType", "VI")).toBe("Type VI");
  });

  it("shows a checkbox as Yes or No", () => {
    expect(displayValue("accurate", true)).toBe("Yes");
    expect(displayValue("storeAndReview", false)).toBe("No");
  });

  it("shows free text as typed", () => {
    expect(displayValue("medications", "Vitamin D")).toBe("Vitamin D");
    expect(displayValue("dateOfBirth", "1990-04-27")).toBe("1990-04-27");
  });

  it("shows a date's boxes as typed while they make no date", () => {
    const unfinished: unknown = { day: " 27", month: "", year: "1990" };
    expect(displayValue("dateOfBirth", unfinished as string)).toBe("27 1990");
  });

  it("shows an unanswered optional item as an empty string, never a default", () => {
    expect(displayValue("medications", undefined)).toBe("");
    expect(displayValue("phone", "")).toBe("");
    expect(displayValue("concernsOther", undefined)).toBe("");
  });
});

describe("summarizeIntake", () => {
  it("lists every shown question by step, in questionnaire order, with its display text", () => {
    const summary = summarizeIntake(intakeWith({ answers: { concerns: ["acne_scars", "stretch_marks"], medications: "Vitamin D" } }));
    expect(summary.map(({ step }) => step.id)).toEqual(["about", "goals", "skin", "health", "confirm"]);
    const goals = summary.find(({ step }) => step.id === "goals");
    expect(goals?.items.map(({ question, text }) => [question.shortLabel, text])).toEqual([
      ["Concerns", "Acne scars, Stretch marks"],
      ["Treatment areas", "Face"],
      ["Skin type (Fitzpatrick)", "Type III"],
    ]);
    const health = summary.find(({ step }) => step.id === "health");
    expect(health?.items.find(({ question }) => question.id === "medications")?.text).toBe("Vitamin D");
    expect(health?.items.find(({ question }) => question.id === "otherConditions")?.text).toBe("");
  });

  it("shows the other-concern text only when 'other' was chosen", () => {
    const shown = summarizeIntake(intakeWith({ answers: { concerns: ["other"], concernsOther: "Redness" } }));
    const goals = shown.find(({ step }) => step.id === "goals");
    expect(goals?.items.map(({ question, text }) => [question.id, text])).toContainEqual(["concernsOther", "Redness"]);
  });

  it("leaves out steps whose section is missing", () => {
    const { patient, answers } = intakeWith();
    expect(summarizeIntake({ patient, answers }).map(({ step }) => step.id)).toEqual(["about", "goals", "skin", "health"]);
  });
});
