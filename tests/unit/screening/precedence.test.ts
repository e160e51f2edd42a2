import { describe, expect, it } from "vitest";
import type { Answers } from "@/lib/questionnaire";
import { assess, flaggedQuestions, ruleIds } from "@/lib/screening";
import { intakeWith, SCREENING_DATE } from "@/tests/fixtures/intake";

function screen(answers: Partial<Answers>, dateOfBirth?: string) {
  return assess(intakeWith({ answers, patient: dateOfBirth === undefined ? {} : { dateOfBirth } }), SCREENING_DATE);
}

const rulesOf = (result: ReturnType<typeof screen>) => result.reasons.map((reason) => reason.rule);

describe("precedence: exclude beats review beats info", () => {
  it("exclude + review => not_suitable, reporting both", () => {
    const result = screen({ keloids: "yes", bloodThinners: "yes" });
    expect(result.outcome).toBe("not_suitable");
    expect(rulesOf(result)).toEqual(["keloids", "blood_thinners"]);
  });

  it("exclude + review + info => not_suitable, reporting all three by level", () => {
    const result = screen({ topicalRetinoids: "yes", metalAllergy: "yes", recentSunburn: "yes" });
    expect(result.outcome).toBe("not_suitable");
    expect(result.reasons.map((reason) => reason.level)).toEqual(["exclude", "review", "info"]);
    expect(rulesOf(result)).toEqual(["recent_sunburn", "metal_allergy", "topical_retinoids"]);
  });

  it("review + info => needs_review", () => {
    const result = screen({ skinType: "V", diabetes: "uncontrolled" });
    expect(result.outcome).toBe("needs_review");
    expect(rulesOf(result)).toEqual(["diabetes_uncontrolled", "pigmentation_risk"]);
  });

  it("info alone never changes the outcome", () => {
    const result = screen({ skinType: "VI", diabetes: "controlled", topicalRetinoids: "yes" });
    expect(result.outcome).toBe("eligible");
    expect(rulesOf(result)).toEqual(["pigmentation_risk", "diabetes_controlled", "topical_retinoids"]);
  });

  it("an unsure answer beside an exclusion still reports both", () => {
    const result = screen({ pregnantOrBreastfeeding: "yes", bloodThinners: "unsure" });
    expect(result.outcome).toBe("not_suitable");
    expect(rulesOf(result)).toEqual(["pregnancy", "unsure_answer"]);
  });
});

describe("combinations", () => {
  it("several excludes are all reported, in table order whatever the answers' order", () => {
    const result = screen({ recentSunburn: "yes", keloids: "yes", activeAcne: "yes", pregnantOrBreastfeeding: "yes" });
    expect(result.outcome).toBe("not_suitable");
    expect(rulesOf(result)).toEqual(["pregnancy", "active_acne", "keloids", "recent_sunburn"]);
  });

  it("a minor with exclusions gets every exclusion, age included", () => {
    const result = screen({ coldSores: "active" }, "2012-05-05");
    expect(rulesOf(result)).toEqual(["cold_sore_active", "under_18"]);
  });

  it("several unsure answers make one reason that lists them in questionnaire order", () => {
    const result = screen({ diabetes: "unsure", keloids: "unsure", bloodThinners: "unsure" });
    expect(result.outcome).toBe("needs_review");
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]?.clinicianNote).toBe('Answered "not sure": Keloid scars, Blood thinners, Diabetes. Ask at review.');
  });

  it("reports every rule that can fire together, each once, in table order", () => {
    const result = screen(
      {
        pregnantOrBreastfeeding: "yes",
        bleedingDisorder: "yes",
        isotretinoin: "current",
        cancerTreatment: "current",
        skinCancerInArea: "yes",
        skinInfectionOrWound: "yes",
        coldSores: "active",
        activeAcne: "yes",
        inflammatorySkinCondition: "active",
        keloids: "yes",
        recentSunburn: "yes",
        bloodThinners: "yes",
        changingMoles: "yes",
        immuneCondition: "yes",
        diabetes: "uncontrolled",
        anestheticAllergy: "yes",
        metalAllergy: "yes",
        recentInjectables: "yes",
        concerns: ["hair_loss", "other"],
        concernsOther: "Redness",
        skinType: "V",
        topicalRetinoids: "yes",
      },
      "2010-01-01",
    );
    // Mutually exclusive with the answers above: the other isotretinoin, cancer,
    // cold sore, skin condition and diabetes bands, adult age bands, and unsure answers.
    const unreachable = new Set([
      "isotretinoin_6_to_12_months",
      "cancer_treatment_recent",
      "cold_sore_history",
      "skin_condition_history",
      "age_18_to_21",
      "unsure_answer",
      "diabetes_controlled",
    ]);
    expect(result.outcome).toBe("not_suitable");
    expect(rulesOf(result)).toEqual(ruleIds.filter((id) => !unreachable.has(id)));
  });
});

describe("flagged questions", () => {
  it("maps every answer that fired a rule to its rules, in reason order", () => {
    const intake = intakeWith({
      answers: { pregnantOrBreastfeeding: "yes", keloids: "unsure", bloodThinners: "unsure", concerns: ["hair_loss", "other"], concernsOther: "Redness" },
      patient: { dateOfBirth: "2006-01-01" },
    });
    const { reasons } = assess(intake, SCREENING_DATE);
    expect(Object.fromEntries(flaggedQuestions(intake, reasons))).toEqual({
      pregnantOrBreastfeeding: ["pregnancy"],
      dateOfBirth: ["age_18_to_21"],
      concerns: ["concern_medical", "concern_other"],
      keloids: ["unsure_answer"],
      bloodThinners: ["unsure_answer"],
    });
  });

  it("flags nothing for an eligible intake", () => {
    const intake = intakeWith();
    expect(flaggedQuestions(intake, assess(intake, SCREENING_DATE).reasons).size).toBe(0);
  });
});
