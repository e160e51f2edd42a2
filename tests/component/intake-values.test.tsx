import { describe, expect, it } from "vitest";
import { locateIssues } from "@/components/intake/step-issues";
import { normaliseDateText, prepareStepValues, saveStepValues, emptyDraft } from "@/components/intake/step-values";
import { questionById } from "@/lib/questionnaire";
import { stepOf } from "./intake-helpers";

describe("normaliseDateText", () => {
  it.each([
    ["1990-04-27", "1990-04-27"],
    [" 19900427 ", "1990-04-27"],
    ["1990 4 7", "1990-04-07"],
    ["1990/04/27", "1990-04-27"],
    ["1990.4.27", "1990-04-27"],
  ])("reads %j as %s", (typed, expected) => {
    expect(normaliseDateText(typed)).toBe(expected);
  });

  it.each(["27/04/1990", "04/27/1990", "1990-04", "199004271", "yesterday", ""])(
    "leaves %j for the schema to reject, rather than guess",
    (typed) => {
      expect(normaliseDateText(typed)).toBe(typed.trim());
    },
  );
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
    expect(
      locateIssues([
        { path: "answers.keloids", message: "Select yes, no or I'm not sure" },
        { path: "answers.concerns.0", message: "Choose only from the options shown" },
        { path: "answers.concerns.1", message: "Choose each option only once" },
      ]),
    ).toEqual({ step: "goals", issues: [{ questionId: "concerns", message: "Choose only from the options shown" }] });
  });

  it("finds the consent step for a signature problem", () => {
    const message = questionById("signature").messages.mismatch;
    expect(locateIssues([{ path: "consent.signature", message }])).toEqual({ step: "confirm", issues: [{ questionId: "signature", message }] });
  });

  it("gives nothing for problems no question explains", () => {
    expect(locateIssues([{ path: "answers", message: "Send the answers as an object" }, { path: "answers.colour", message: "Remove this field" }])).toBeUndefined();
  });
});
