import { describe, expect, it } from "vitest";
import type { Answers, Patient } from "@/lib/questionnaire";
import { assess, defaultPolicy, flaggedQuestions, POLICY_VERSION, ruleIds, type RuleId } from "@/lib/screening";
import type { Level, Outcome } from "@/lib/vocabulary";
import { intakeWith, SCREENING_DATE } from "@/tests/fixtures/intake";

interface SingleRuleCase {
  readonly answers?: Partial<Answers>;
  readonly patient?: Partial<Patient>;
  readonly rule: RuleId;
  readonly level: Level;
  readonly temporary: boolean;
  readonly outcome: Outcome;
  /** Temporary rules: the words that tell the patient when to screen again. */
  readonly screenAgain?: string;
}

const covered = new Set<RuleId>();

function screen(changes: { answers?: Partial<Answers>; patient?: Partial<Patient> }) {
  return assess(intakeWith(changes), SCREENING_DATE);
}

/** Each case changes the baseline in one way and must fire exactly its rule. */
function singleRuleCases(cases: readonly SingleRuleCase[]): void {
  for (const testCase of cases) covered.add(testCase.rule);
  it.each(cases.map((testCase) => ({ ...testCase, change: JSON.stringify(testCase.answers ?? testCase.patient) })))(
    "$change fires only $rule ($level) => $outcome",
    ({ answers, patient, rule, level, temporary, outcome, screenAgain }) => {
      const intake = intakeWith({ answers, patient });
      const result = assess(intake, SCREENING_DATE);
      expect(result.outcome).toBe(outcome);
      expect(result.reasons).toHaveLength(1);
      const [reason] = result.reasons;
      expect(reason).toMatchObject({ rule, level, temporary });
      expect(reason?.patientMessage).toMatch(/^[A-Z].*\.$/);
      expect(reason?.clinicianNote).toMatch(/^[A-Z].*\.$/);
      if (screenAgain !== undefined) {
        expect(reason?.patientMessage).toContain(`It's worth screening again ${screenAgain}.`);
      }
      // The rule points at (some of) the answers this case changed, and only at those.
      const flags = flaggedQuestions(intake, result.reasons);
      const changed = [...Object.keys(answers ?? {}), ...Object.keys(patient ?? {})];
      expect(flags.size).toBeGreaterThan(0);
      for (const [question, rules] of flags) {
        expect(changed).toContain(question);
        expect(rules).toEqual([rule]);
      }
    },
  );
}

/** Answers that look risky at first sight but must not flag anything. */
function eligibleCases(cases: readonly Partial<Answers>[]): void {
  it.each(cases.map((answers) => ({ answers, change: JSON.stringify(answers) })))(
    "$change => eligible with no reasons",
    ({ answers }) => {
      expect(screen({ answers })).toMatchObject({ outcome: "eligible", reasons: [] });
    },
  );
}

describe("baseline", () => {
  it("an all-no intake of a 35-year-old is eligible with no reasons", () => {
    expect(screen({})).toEqual({
      outcome: "eligible",
      reasons: [],
      policyVersion: POLICY_VERSION,
      questionnaireVersion: 1,
    });
  });

  it("the default policy is version 2026-11.1", () => {
    expect(defaultPolicy.version).toBe("2026-11.1");
  });
});

describe("pregnancy", () => {
  singleRuleCases([
    {
      answers: { pregnantOrBreastfeeding: "yes" },
      rule: "pregnancy",
      level: "exclude",
      temporary: true,
      outcome: "not_suitable",
      screenAgain: "once you are no longer pregnant or breastfeeding",
    },
  ]);

  it("tells the patient kindly, without medical jargon", () => {
    const [reason] = screen({ answers: { pregnantOrBreastfeeding: "yes" } }).reasons;
    expect(reason?.patientMessage).toContain("we'd love to see you afterwards");
    expect(reason?.patientMessage).not.toMatch(/contraindicat/i);
  });
});

describe("bleeding and medicines", () => {
  singleRuleCases([
    { answers: { bleedingDisorder: "yes" }, rule: "bleeding_disorder", level: "exclude", temporary: false, outcome: "not_suitable" },
    { answers: { bloodThinners: "yes" }, rule: "blood_thinners", level: "review", temporary: false, outcome: "needs_review" },
  ]);

  it("never tells a patient on blood thinners to stop them on their own", () => {
    const [reason] = screen({ answers: { bloodThinners: "yes" } }).reasons;
    expect(reason?.patientMessage).toContain("keep taking your medicine");
    expect(reason?.clinicianNote).toContain("prescriber approval");
  });
});

describe("isotretinoin", () => {
  singleRuleCases([
    {
      answers: { isotretinoin: "current" },
      rule: "isotretinoin_recent",
      level: "exclude",
      temporary: true,
      outcome: "not_suitable",
      screenAgain: "6 months after your last dose",
    },
    {
      answers: { isotretinoin: "stopped_under_6_months" },
      rule: "isotretinoin_recent",
      level: "exclude",
      temporary: true,
      outcome: "not_suitable",
      screenAgain: "6 months after your last dose",
    },
    {
      answers: { isotretinoin: "stopped_6_to_12_months" },
      rule: "isotretinoin_6_to_12_months",
      level: "review",
      temporary: false,
      outcome: "needs_review",
    },
  ]);
  eligibleCases([{ isotretinoin: "stopped_over_12_months" }]);
});

describe("cancer", () => {
  singleRuleCases([
    {
      answers: { cancerTreatment: "current" },
      rule: "cancer_treatment_current",
      level: "exclude",
      temporary: true,
      outcome: "not_suitable",
      screenAgain: "when your treatment has finished",
    },
    { answers: { cancerTreatment: "recent" }, rule: "cancer_treatment_recent", level: "review", temporary: false, outcome: "needs_review" },
    { answers: { skinCancerInArea: "yes" }, rule: "skin_cancer_in_area", level: "exclude", temporary: false, outcome: "not_suitable" },
  ]);
});

describe("skin lesions and infections", () => {
  singleRuleCases([
    { answers: { changingMoles: "yes" }, rule: "changing_moles", level: "review", temporary: false, outcome: "needs_review" },
    {
      answers: { skinInfectionOrWound: "yes" },
      rule: "skin_infection_or_wound",
      level: "exclude",
      temporary: true,
      outcome: "not_suitable",
      screenAgain: "once the skin has fully healed",
    },
  ]);
});

describe("cold sores", () => {
  singleRuleCases([
    {
      answers: { coldSores: "active" },
      rule: "cold_sore_active",
      level: "exclude",
      temporary: true,
      outcome: "not_suitable",
      screenAgain: "once the cold sore has fully healed",
    },
    { answers: { coldSores: "history" }, rule: "cold_sore_history", level: "review", temporary: false, outcome: "needs_review" },
  ]);

  it("suggests antiviral prophylaxis to the clinician for a history of cold sores", () => {
    const [reason] = screen({ answers: { coldSores: "history" } }).reasons;
    expect(reason?.clinicianNote).toContain("antiviral prophylaxis");
  });
});

describe("acne and inflammatory skin conditions", () => {
  singleRuleCases([
    {
      answers: { activeAcne: "yes" },
      rule: "active_acne",
      level: "exclude",
      temporary: true,
      outcome: "not_suitable",
      screenAgain: "once the breakout has settled",
    },
    {
      answers: { inflammatorySkinCondition: "active" },
      rule: "skin_condition_flare",
      level: "exclude",
      temporary: true,
      outcome: "not_suitable",
      screenAgain: "once the flare-up has settled",
    },
    {
      answers: { inflammatorySkinCondition: "history" },
      rule: "skin_condition_history",
      level: "review",
      temporary: false,
      outcome: "needs_review",
    },
  ]);
});

describe("scarring", () => {
  singleRuleCases([{ answers: { keloids: "yes" }, rule: "keloids", level: "exclude", temporary: false, outcome: "not_suitable" }]);
  eligibleCases([{ concerns: ["acne_scars", "other_scars"] }]);
});

describe("sun, injectables and topicals", () => {
  singleRuleCases([
    {
      answers: { recentSunburn: "yes" },
      rule: "recent_sunburn",
      level: "exclude",
      temporary: true,
      outcome: "not_suitable",
      screenAgain: "2 weeks after the sunburn has healed",
    },
    { answers: { recentInjectables: "yes" }, rule: "recent_injectables", level: "review", temporary: false, outcome: "needs_review" },
    { answers: { topicalRetinoids: "yes" }, rule: "topical_retinoids", level: "info", temporary: false, outcome: "eligible" },
  ]);

  it("tells the patient how long to wait after injectables", () => {
    const [reason] = screen({ answers: { recentInjectables: "yes" } }).reasons;
    expect(reason?.patientMessage).toContain("at least 2 weeks");
  });

  it("tells the patient when to stop retinoids and acids", () => {
    const [reason] = screen({ answers: { topicalRetinoids: "yes" } }).reasons;
    expect(reason?.patientMessage).toContain("3-5 days before your treatment");
  });
});

describe("age", () => {
  singleRuleCases([
    {
      patient: { dateOfBirth: "2009-01-01" },
      rule: "under_18",
      level: "exclude",
      temporary: true,
      outcome: "not_suitable",
    },
    { patient: { dateOfBirth: "2006-01-01" }, rule: "age_18_to_21", level: "review", temporary: false, outcome: "needs_review" },
  ]);

  const boundaries: readonly { dateOfBirth: string; asOf: string; age: number; rules: readonly RuleId[] }[] = [
    { dateOfBirth: "2008-11-15", asOf: "2026-11-14", age: 17, rules: ["under_18"] },
    { dateOfBirth: "2008-11-15", asOf: "2026-11-15", age: 18, rules: ["age_18_to_21"] },
    { dateOfBirth: "2004-11-15", asOf: "2026-11-14", age: 21, rules: ["age_18_to_21"] },
    { dateOfBirth: "2004-11-15", asOf: "2026-11-15", age: 22, rules: [] },
    // Born on 29 February: a year older on 1 March in non-leap years.
    { dateOfBirth: "2008-02-29", asOf: "2026-02-28", age: 17, rules: ["under_18"] },
    { dateOfBirth: "2008-02-29", asOf: "2026-03-01", age: 18, rules: ["age_18_to_21"] },
    { dateOfBirth: "2004-02-29", asOf: "2026-02-28", age: 21, rules: ["age_18_to_21"] },
    { dateOfBirth: "2004-02-29", asOf: "2026-03-01", age: 22, rules: [] },
    // ... and on 29 February itself in leap years.
    { dateOfBirth: "2008-02-29", asOf: "2028-02-28", age: 19, rules: ["age_18_to_21"] },
    { dateOfBirth: "2008-02-29", asOf: "2028-02-29", age: 20, rules: ["age_18_to_21"] },
    { dateOfBirth: "2004-02-29", asOf: "2028-02-28", age: 23, rules: [] },
    { dateOfBirth: "2004-02-29", asOf: "2028-02-29", age: 24, rules: [] },
    // Born on 28 February or 1 March: no leap-day special case.
    { dateOfBirth: "2008-02-28", asOf: "2026-02-28", age: 18, rules: ["age_18_to_21"] },
    { dateOfBirth: "2008-03-01", asOf: "2026-02-28", age: 17, rules: ["under_18"] },
  ];

  it.each(boundaries)("born $dateOfBirth, on $asOf (age $age) fires $rules", ({ dateOfBirth, asOf, age, rules }) => {
    const result = assess(intakeWith({ patient: { dateOfBirth } }), asOf);
    expect(result.reasons.map((reason) => reason.rule)).toEqual(rules);
    for (const reason of result.reasons) expect(reason.clinicianNote).toContain(`Aged ${age}`);
  });

  it("tells an under-18 one thing: in person with a parent or guardian, or online at 18", () => {
    const [reason] = screen({ patient: { dateOfBirth: "2010-06-01" } }).reasons;
    expect(reason?.patientMessage).toBe(
      "Our online screening is for adults aged 18 and over. The clinic can see you in person with a parent or guardian, or you can screen online once you turn 18.",
    );
    // No "screen again" after being told to come in person.
    expect(reason?.patientMessage).not.toMatch(/screening again/);
  });

  it("takes the UTC calendar date of a Date, never the local one", () => {
    const intake = intakeWith({ patient: { dateOfBirth: "2008-11-15" } });
    // 23:30 on the 14th in New York is already the 15th in UTC.
    expect(assess(intake, new Date("2026-11-14T23:30:00-05:00")).reasons.map((reason) => reason.rule)).toEqual(["age_18_to_21"]);
    expect(assess(intake, new Date("2026-11-14T23:59:59Z")).reasons.map((reason) => reason.rule)).toEqual(["under_18"]);
  });

  it("refuses an assessment date that is not a real date", () => {
    expect(() => assess(intakeWith(), "2026-02-30")).toThrow(RangeError);
    expect(() => assess(intakeWith(), new Date("not a date"))).toThrow(RangeError);
  });
});

describe("goals", () => {
  singleRuleCases([
    { answers: { concerns: ["hair_loss"], treatmentAreas: ["scalp"] }, rule: "concern_medical", level: "review", temporary: false, outcome: "needs_review" },
    {
      answers: { concerns: ["other"], concernsOther: "Redness on my cheeks" },
      rule: "concern_other",
      level: "review",
      temporary: false,
      outcome: "needs_review",
    },
  ]);
  eligibleCases([
    {
      concerns: [
        "acne_scars",
        "fine_lines_wrinkles",
        "stretch_marks",
        "enlarged_pores",
        "hyperpigmentation",
        "uneven_texture",
        "loss_of_firmness",
        "other_scars",
      ],
    },
    { treatmentAreas: ["face", "neck", "chest", "hands", "arms", "abdomen", "back", "buttocks", "thighs", "scalp"] },
  ]);
});

describe("allergies", () => {
  singleRuleCases([
    { answers: { anestheticAllergy: "yes" }, rule: "anesthetic_allergy", level: "review", temporary: false, outcome: "needs_review" },
    { answers: { metalAllergy: "yes" }, rule: "metal_allergy", level: "review", temporary: false, outcome: "needs_review" },
  ]);
});

describe("immune system and diabetes", () => {
  singleRuleCases([
    { answers: { immuneCondition: "yes" }, rule: "immune_condition", level: "review", temporary: false, outcome: "needs_review" },
    { answers: { diabetes: "uncontrolled" }, rule: "diabetes_uncontrolled", level: "review", temporary: false, outcome: "needs_review" },
    { answers: { diabetes: "controlled" }, rule: "diabetes_controlled", level: "info", temporary: false, outcome: "eligible" },
  ]);
});

describe("skin type", () => {
  singleRuleCases([
    { answers: { skinType: "V" }, rule: "pigmentation_risk", level: "info", temporary: false, outcome: "eligible" },
    { answers: { skinType: "VI" }, rule: "pigmentation_risk", level: "info", temporary: false, outcome: "eligible" },
  ]);
  // "I'm not sure" about skin type is not a reason for review (spec: unsure_answer lists yes-no-unsure questions and diabetes).
  eligibleCases([{ skinType: "I" }, { skinType: "II" }, { skinType: "IV" }, { skinType: "unsure" }]);
});

describe("unsure answers", () => {
  const unsureCases: readonly { answers: Partial<Answers>; shortLabel: string }[] = [
    { answers: { activeAcne: "unsure" }, shortLabel: "Active acne" },
    { answers: { keloids: "unsure" }, shortLabel: "Keloid scars" },
    { answers: { changingMoles: "unsure" }, shortLabel: "Changing moles or growths" },
    { answers: { skinCancerInArea: "unsure" }, shortLabel: "Skin cancer in the area" },
    { answers: { skinInfectionOrWound: "unsure" }, shortLabel: "Infection or wound in the area" },
    { answers: { recentSunburn: "unsure" }, shortLabel: "Sunburn in the last 2 weeks" },
    { answers: { recentInjectables: "unsure" }, shortLabel: "Botox or fillers in the last 2 weeks" },
    { answers: { topicalRetinoids: "unsure" }, shortLabel: "Retinoids or exfoliating acids" },
    { answers: { bloodThinners: "unsure" }, shortLabel: "Blood thinners" },
    { answers: { bleedingDisorder: "unsure" }, shortLabel: "Bleeding or clotting disorder" },
    { answers: { immuneCondition: "unsure" }, shortLabel: "Weakened immune system" },
    { answers: { pregnantOrBreastfeeding: "unsure" }, shortLabel: "Pregnant or breastfeeding" },
    { answers: { anestheticAllergy: "unsure" }, shortLabel: "Numbing cream allergy" },
    { answers: { metalAllergy: "unsure" }, shortLabel: "Nickel or steel allergy" },
    { answers: { diabetes: "unsure" }, shortLabel: "Diabetes" },
  ];

  singleRuleCases(
    unsureCases.map(({ answers }) => ({ answers, rule: "unsure_answer", level: "review", temporary: false, outcome: "needs_review" })),
  );

  it.each(unsureCases)("names $shortLabel in the clinician note", ({ answers, shortLabel }) => {
    const [reason] = screen({ answers }).reasons;
    expect(reason?.clinicianNote).toBe(`Answered "not sure": ${shortLabel}. Ask at review.`);
  });

  it("is never treated as a no: an unsure pregnancy answer needs a clinician", () => {
    expect(screen({ answers: { pregnantOrBreastfeeding: "unsure" } }).outcome).toBe("needs_review");
  });
});

describe("the rule table", () => {
  it("has exactly the spec's rule ids, in the spec's order", () => {
    expect(ruleIds).toEqual([
      "pregnancy",
      "bleeding_disorder",
      "isotretinoin_recent",
      "cancer_treatment_current",
      "skin_cancer_in_area",
      "skin_infection_or_wound",
      "cold_sore_active",
      "active_acne",
      "skin_condition_flare",
      "keloids",
      "recent_sunburn",
      "under_18",
      "blood_thinners",
      "isotretinoin_6_to_12_months",
      "cancer_treatment_recent",
      "changing_moles",
      "cold_sore_history",
      "skin_condition_history",
      "immune_condition",
      "diabetes_uncontrolled",
      "anesthetic_allergy",
      "metal_allergy",
      "recent_injectables",
      "age_18_to_21",
      "concern_medical",
      "concern_other",
      "unsure_answer",
      "pigmentation_risk",
      "diabetes_controlled",
      "topical_retinoids",
    ]);
  });

  it("only exclude rules are temporary, as in the spec", () => {
    const temporary = defaultPolicy.rules.filter((rule) => rule.temporary).map((rule) => rule.id);
    expect(temporary).toEqual([
      "pregnancy",
      "isotretinoin_recent",
      "cancer_treatment_current",
      "skin_infection_or_wound",
      "cold_sore_active",
      "active_acne",
      "skin_condition_flare",
      "recent_sunburn",
      "under_18",
    ]);
  });

  it("every rule is tested above on its own", () => {
    expect([...covered].sort()).toEqual([...ruleIds].sort());
  });

  it("no patient message uses clinical jargon", () => {
    const risky = intakeWith({
      answers: {
        pregnantOrBreastfeeding: "yes",
        bleedingDisorder: "yes",
        isotretinoin: "current",
        cancerTreatment: "current",
        skinCancerInArea: "yes",
        skinInfectionOrWound: "yes",
        coldSores: "history",
        activeAcne: "yes",
        inflammatorySkinCondition: "history",
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
        skinType: "VI",
        topicalRetinoids: "yes",
      },
    });
    const { reasons } = assess(risky, SCREENING_DATE);
    expect(reasons.length).toBeGreaterThan(20);
    for (const { patientMessage } of reasons) {
      expect(patientMessage).not.toMatch(/contraindicat|fitzpatrick|prophylaxis|immunocompromised|haemorrhag|anticoagulant|lesion/i);
    }
  });
});
