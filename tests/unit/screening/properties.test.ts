import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answersSchema, assessmentRequestSchema, questionById, questionsIn, type Intake } from "@/lib/questionnaire";
import { assess, defaultPolicy } from "@/lib/screening";
import type { Level, Outcome } from "@/lib/vocabulary";
import { intakeArbitrary, rawIntakeArbitrary, testIntakeSchema } from "./arbitraries";
import { SCREENING_DATE } from "@/tests/fixtures/intake";

const OUTCOME_RANK: Readonly<Record<Outcome, number>> = { eligible: 0, needs_review: 1, not_suitable: 2 };
const rank = (intake: Intake): number => OUTCOME_RANK[assess(intake, SCREENING_DATE).outcome];

/**
 * Option codes of each choice answer from least to most risky. Codes in one tier carry
 * the same risk and must give the same outcome; a later tier must never give a better one.
 */
const yesNoUnsure = [["no"], ["unsure"], ["yes"]];
const riskTiers: Readonly<Record<string, readonly (readonly string[])[]>> = {
  skinType: [["I", "II", "III", "IV", "V", "VI", "unsure"]],
  activeAcne: yesNoUnsure,
  isotretinoin: [["never", "stopped_over_12_months"], ["stopped_6_to_12_months"], ["stopped_under_6_months", "current"]],
  inflammatorySkinCondition: [["none"], ["history"], ["active"]],
  keloids: yesNoUnsure,
  changingMoles: yesNoUnsure,
  skinCancerInArea: yesNoUnsure,
  skinInfectionOrWound: yesNoUnsure,
  coldSores: [["never"], ["history"], ["active"]],
  recentSunburn: yesNoUnsure,
  recentInjectables: yesNoUnsure,
  // "Yes" only brings an instruction (info), while "not sure" needs a clinician.
  topicalRetinoids: [["no", "yes"], ["unsure"]],
  bloodThinners: yesNoUnsure,
  bleedingDisorder: yesNoUnsure,
  cancerTreatment: [["none"], ["recent"], ["current"]],
  immuneCondition: yesNoUnsure,
  // "Controlled" is only a note (info); "not sure" and "uncontrolled" both need a clinician.
  diabetes: [["none", "controlled"], ["unsure", "uncontrolled"]],
  pregnantOrBreastfeeding: yesNoUnsure,
  anestheticAllergy: yesNoUnsure,
  metalAllergy: yesNoUnsure,
};

/** Concerns that bring a clinician in; every other concern is outcome-neutral. */
const REVIEWED_CONCERNS = new Set(["hair_loss", "other"]);

function withAnswers(intake: Intake, changes: Readonly<Record<string, unknown>>): Intake {
  // Re-validating keeps every changed intake a valid one.
  return { ...intake, answers: answersSchema.parse({ ...intake.answers, ...changes }) };
}

/** The same calendar date `years` earlier (29 February becomes 28 February). */
function yearsEarlier(date: string, years: number): string {
  const [year, monthDay] = [Number(date.slice(0, 4)), date.slice(5)];
  const target = year - years;
  const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0;
  return `${String(target).padStart(4, "0")}-${monthDay === "02-29" && !leap ? "02-28" : monthDay}`;
}

describe("generated intakes", () => {
  it("every generated intake passes the intake schema", () => {
    fc.assert(
      fc.property(rawIntakeArbitrary, (raw) => {
        const parsed = testIntakeSchema.safeParse(raw);
        expect(parsed.error?.issues ?? []).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("the risk tiers above cover exactly the options of every choice answer", () => {
    const choiceAnswers = questionsIn("answers").filter((question) => question.kind === "single" || question.kind === "yesNoUnsure");
    expect(Object.keys(riskTiers).sort()).toEqual(choiceAnswers.map((question) => question.id).sort());
    for (const question of choiceAnswers) {
      expect(riskTiers[question.id]?.flat().sort()).toEqual(question.options.map((option) => option.value).sort());
    }
  });
});

describe("assess over valid intakes", () => {
  it("is deterministic: the same input gives a deep-equal result", () => {
    fc.assert(
      fc.property(intakeArbitrary, (intake) => {
        expect(assess(structuredClone(intake), SCREENING_DATE)).toEqual(assess(intake, SCREENING_DATE));
      }),
    );
  });

  it("gives the outcome that the fired levels imply", () => {
    fc.assert(
      fc.property(intakeArbitrary, (intake) => {
        const { outcome, reasons } = assess(intake, SCREENING_DATE);
        const fired = (level: Level) => reasons.some((reason) => reason.level === level);
        const implied: Outcome = fired("exclude") ? "not_suitable" : fired("review") ? "needs_review" : "eligible";
        expect(outcome).toBe(implied);
      }),
    );
  });

  it("names only rules of the policy, each once, with their level and flag, in table order", () => {
    const position = new Map(defaultPolicy.rules.map((rule, index) => [rule.id, index]));
    fc.assert(
      fc.property(intakeArbitrary, (intake) => {
        const { reasons, policyVersion, questionnaireVersion } = assess(intake, SCREENING_DATE);
        expect(policyVersion).toBe(defaultPolicy.version);
        expect(questionnaireVersion).toBe(1);
        const indexes = reasons.map((reason) => position.get(reason.rule) ?? -1);
        expect(indexes.every((index) => index >= 0)).toBe(true);
        expect(indexes).toEqual([...new Set(indexes)].sort((a, b) => a - b));
        for (const reason of reasons) {
          const rule = defaultPolicy.rules[position.get(reason.rule) ?? -1];
          expect(reason).toMatchObject({ level: rule?.level, temporary: rule?.temporary });
          expect(reason.patientMessage).not.toBe("");
          expect(reason.clinicianNote).not.toBe("");
        }
      }),
    );
  });

  it("survives a JSON round trip unchanged", () => {
    fc.assert(
      fc.property(intakeArbitrary, (intake) => {
        const result = assess(intake, SCREENING_DATE);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
    );
  });

  it("gives the same result for the assessments endpoint's body as for the full intake", () => {
    fc.assert(
      fc.property(intakeArbitrary, (intake) => {
        const request = assessmentRequestSchema.parse(intake);
        expect(request.patient).toEqual({ dateOfBirth: intake.patient.dateOfBirth });
        expect(assess(request, SCREENING_DATE)).toEqual(assess(intake, SCREENING_DATE));
      }),
    );
  });
});

describe("monotonicity: a riskier answer never gives a better outcome", () => {
  it("changing one choice answer to a riskier option never improves the outcome; an equally risky one keeps it", () => {
    fc.assert(
      fc.property(intakeArbitrary, (intake) => {
        const before = rank(intake);
        const answers: Readonly<Record<string, unknown>> = intake.answers;
        for (const [id, tiers] of Object.entries(riskTiers)) {
          const current = tiers.findIndex((tier) => tier.includes(String(answers[id])));
          tiers.forEach((tier, index) => {
            for (const value of tier) {
              const after = rank(withAnswers(intake, { [id]: value }));
              if (index > current) expect(after, `${id}: ${String(answers[id])} -> ${value}`).toBeGreaterThanOrEqual(before);
              if (index === current) expect(after, `${id}: ${String(answers[id])} -> ${value}`).toBe(before);
              if (index < current) expect(after, `${id}: ${String(answers[id])} -> ${value}`).toBeLessThanOrEqual(before);
            }
          });
        }
      }),
    );
  });

  it("adding a concern never improves the outcome, and only hair loss or 'other' can change it", () => {
    const concernCodes = questionById("concerns").options.map((option) => option.value);
    fc.assert(
      fc.property(intakeArbitrary, (intake) => {
        const before = rank(intake);
        for (const code of concernCodes.filter((candidate) => !intake.answers.concerns.includes(candidate))) {
          const concerns = [...intake.answers.concerns, code];
          const concernsOther = code === "other" ? "Something else entirely" : intake.answers.concernsOther;
          const after = rank(withAnswers(intake, { concerns, concernsOther }));
          if (REVIEWED_CONCERNS.has(code)) expect(after).toBeGreaterThanOrEqual(before);
          else expect(after, `adding ${code}`).toBe(before);
        }
      }),
    );
  });

  it("treatment areas and free text never change the outcome", () => {
    fc.assert(
      fc.property(intakeArbitrary, (intake) => {
        const before = rank(intake);
        expect(rank(withAnswers(intake, { treatmentAreas: ["scalp", "thighs"] }))).toBe(before);
        expect(rank(withAnswers(intake, { medications: "Warfarin 5 mg daily", otherConditions: "Pregnant" }))).toBe(before);
      }),
    );
  });

  it("being older never gives a worse outcome", () => {
    fc.assert(
      fc.property(intakeArbitrary, fc.integer({ min: 1, max: 30 }), (intake, years) => {
        const older: Intake = { ...intake, patient: { ...intake.patient, dateOfBirth: yearsEarlier(intake.patient.dateOfBirth, years) } };
        expect(rank(older)).toBeLessThanOrEqual(rank(intake));
      }),
    );
  });
});
