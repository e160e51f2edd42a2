import { describe, expect, it } from "vitest";
import { locateIssues } from "@/components/intake/step-issues";
import { prepareStepValues, saveStepValues, emptyDraft, stepDefaults } from "@/components/intake/step-values";
import { message, questionById } from "@/lib/questionnaire";
import { stepOf } from "./intake-helpers";

describe("a date of birth's day, month and year", () => {
  const about = stepOf("about");
  const prepare = (dateOfBirth: unknown) => prepareStepValues(about.questions, { dateOfBirth }).dateOfBirth;

  it.each([
    [{ day: "27", month: "4", year: "1990" }, "1990-04-27"],
    [{ day: " 7 ", month: "04", year: " 1990" }, "1990-04-07"],
    [{ day: "27", month: "april", year: "1990" }, "1990-04-27"],
    [{ day: "", month: " ", year: "" }, ""],
  ])("are checked and saved as one date: %j as %j", (parts, date) => {
    expect(prepare(parts)).toBe(date);
  });

  it.each([
    { day: "27", month: "", year: "1990" },
    { day: "31", month: "2", year: "1990" },
    { day: "27", month: "4", year: "90" },
  ])("stay as typed while they make no date, so the check can name the part: %j", (parts) => {
    expect(prepare(parts)).toBe(parts);
  });

  it("leave a date that is already one as it is", () => {
    expect(prepare("1990-04-27")).toBe("1990-04-27");
  });

  it("come back from a saved date, or as they were left", () => {
    const defaults = (dateOfBirth?: unknown) => stepDefaults(about, { ...emptyDraft, patient: { dateOfBirth } }).dateOfBirth;
    expect(defaults("1990-04-07")).toEqual({ day: "7", month: "4", year: "1990" });
    expect(defaults({ day: "27", month: "", year: "1990" })).toEqual({ day: "27", month: "", year: "1990" });
    expect(defaults("")).toEqual({ day: "", month: "", year: "" });
    expect(defaults()).toEqual({ day: "", month: "", year: "" });
  });
});

describe("prepareStepValues and saveStepValues", () => {
  const goals = stepOf("goals");

  it("drops the answer to a hidden question", () => {
    const values = { concerns: ["acne_scars"], concernsOther: "Freckles", treatmentAreas: ["face"], skinType: "III" };
    expect(prepareStepValues(goals.questions, values)).toEqual({ concerns: ["acne_scars"], treatmentAreas: ["face"], skinType: "III" });
  });

  it("replaces a step's answers, removing one the step no longer has", () => {
    const before = saveStepValues(emptyDraft, goals, { concerns: ["other"], concernsOther: "Freckles", keloids: "no" });
    const after = saveStepValues(before, goals, { concerns: ["acne_scars"] });
    expect(after.answers).toEqual({ keloids: "no", concerns: ["acne_scars"] });
  });
});

describe("locateIssues", () => {
  it("opens the earliest step with a problem, with one message per question", () => {
    const concerns = questionById("concerns");
    expect(
      locateIssues([
        { path: "answers.keloids", message: message(questionById("keloids"), "invalid") },
        { path: "answers.concerns.0", message: message(concerns, "invalid") },
        { path: "answers.concerns.1", message: message(concerns, "duplicate") },
      ]),
    ).toEqual({ step: "goals", issues: [{ questionId: "concerns", message: "Select what you would like to improve from the options shown" }] });
  });

  it("finds the consent step for a signature problem", () => {
    const message = questionById("signature").messages.mismatch;
    expect(locateIssues([{ path: "consent.signature", message }])).toEqual({ step: "confirm", issues: [{ questionId: "signature", message }] });
  });

  it("gives nothing for problems no question explains", () => {
    expect(locateIssues([{ path: "answers", message: "Send the answers as an object" }, { path: "answers.colour", message: "Remove this field" }])).toBeUndefined();
  });
});
