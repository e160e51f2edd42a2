import { describe, expect, it } from "vitest";
import { assess } from "@/lib/screening";
import { linkReasons } from "@/lib/submissions/reason-links";
import { intakeWith, SCREENING_DATE } from "@/tests/fixtures/intake";

/** A submission as the pages hand it over: the intake and the reasons assess() gave it. */
function assessed(...changes: Parameters<typeof intakeWith>) {
  const intake = intakeWith(...changes);
  return { ...intake, reasons: assess(intake, SCREENING_DATE).reasons };
}

// An exclusion, the age rule (20 on SCREENING_DATE), one answer behind two reasons (concerns)
// and one reason behind two answers ("not sure" twice).
const submission = assessed({
  answers: { keloids: "yes", concerns: ["hair_loss", "other"], concernsOther: "Redness", activeAcne: "unsure", bloodThinners: "unsure" },
  patient: { dateOfBirth: "2006-01-01" },
});

describe("linkReasons", () => {
  it("numbers the reasons from 1 in their listed order", () => {
    expect(submission.reasons.map((reason) => reason.rule)).toEqual([
      "keloids",
      "age_18_to_21",
      "concern_medical",
      "concern_other",
      "unsure_answer",
    ]);
    const links = linkReasons(submission);
    expect(links.reasonsOf("keloids")).toEqual([{ rule: "keloids", number: 1 }]);
    expect(links.reasonsOf("dateOfBirth")).toEqual([{ rule: "age_18_to_21", number: 2 }]);
    expect(links.reasonsOf("activeAcne")).toEqual([{ rule: "unsure_answer", number: 5 }]);
  });

  it("lists both reasons of an answer behind two, by number ascending", () => {
    expect(linkReasons(submission).reasonsOf("concerns")).toEqual([
      { rule: "concern_medical", number: 3 },
      { rule: "concern_other", number: 4 },
    ]);
  });

  it("numbers by the list as given, and still lists an answer's reasons ascending", () => {
    // Reversed, concern_other comes before concern_medical: the numbers follow the list.
    const reversed = { ...submission, reasons: [...submission.reasons].reverse() };
    const links = linkReasons(reversed);
    expect(links.reasonsOf("concerns")).toEqual([
      { rule: "concern_other", number: 2 },
      { rule: "concern_medical", number: 3 },
    ]);
    expect(links.reasonsOf("keloids")).toEqual([{ rule: "keloids", number: 5 }]);
  });

  it("points the age rules at the date of birth", () => {
    const links = linkReasons(submission);
    expect(links.answersOf("age_18_to_21")).toEqual(["dateOfBirth"]);

    const minor = assessed({ patient: { dateOfBirth: "2010-01-01" } });
    expect(minor.reasons.map((reason) => reason.rule)).toEqual(["under_18"]);
    const minorLinks = linkReasons(minor);
    expect(minorLinks.answersOf("under_18")).toEqual(["dateOfBirth"]);
    expect(minorLinks.reasonsOf("dateOfBirth")).toEqual([{ rule: "under_18", number: 1 }]);
  });

  it("gives no reason to an answer that fired none", () => {
    const links = linkReasons(submission);
    for (const questionId of ["metalAllergy", "skinType", "treatmentAreas", "concernsOther", "firstName", "email"]) {
      expect(links.reasonsOf(questionId)).toEqual([]);
    }
  });

  it("lists the questions behind a reason, in questionnaire order", () => {
    const links = linkReasons(submission);
    expect(links.answersOf("unsure_answer")).toEqual(["activeAcne", "bloodThinners"]);
    expect(links.answersOf("keloids")).toEqual(["keloids"]);
    expect(links.answersOf("concern_medical")).toEqual(["concerns"]);
    expect(links.answersOf("concern_other")).toEqual(["concerns"]);
    // A rule that did not fire points at nothing, even if its answer is on the form.
    expect(links.answersOf("metal_allergy")).toEqual([]);
  });

  it("links nothing for an intake with no reasons", () => {
    const eligible = assessed();
    expect(eligible.reasons).toEqual([]);
    const links = linkReasons(eligible);
    expect(links.reasonsOf("keloids")).toEqual([]);
    expect(links.answersOf("keloids")).toEqual([]);
  });
});
