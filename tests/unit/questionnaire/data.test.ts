import { describe, expect, it } from "vitest";
import {
  labelOfOption,
  optionLabel,
  questionById,
  questions,
  questionsIn,
  QUESTIONNAIRE_VERSION,
  steps,
} from "@/lib/questionnaire";

// Transcribed from shared/spec/questionnaire.md: ids in order, and option codes in order.
const specSteps = {
  about: ["firstName", "lastName", "dateOfBirth", "email", "phone"],
  goals: ["concerns", "concernsOther", "treatmentAreas", "skinType"],
  skin: [
    "activeAcne",
    "isotretinoin",
    "inflammatorySkinCondition",
    "keloids",
    "changingMoles",
    "skinCancerInArea",
    "skinInfectionOrWound",
    "coldSores",
    "recentSunburn",
    "recentInjectables",
    "topicalRetinoids",
  ],
  health: [
    "bloodThinners",
    "bleedingDisorder",
    "cancerTreatment",
    "immuneCondition",
    "diabetes",
    "pregnantOrBreastfeeding",
    "anestheticAllergy",
    "metalAllergy",
    "medications",
    "otherConditions",
  ],
  // The spec's step 5, "Review and consent": its id is "confirm", apart from a clinician's review.
  // Issue 14 asks how and when the clinic may contact the patient, before the agreements, and
  // offers a copy of the result by email (opt-in) after them.
  confirm: ["contactMethod", "contactTimes", "storeAndReview", "accurate", "signature", "emailCopy"],
};

const yesNoUnsure = ["yes", "no", "unsure"];
const specOptions: Record<string, readonly string[]> = {
  concerns: [
    "acne_scars",
    "fine_lines_wrinkles",
    "stretch_marks",
    "enlarged_pores",
    "hyperpigmentation",
    "uneven_texture",
    "loss_of_firmness",
    "other_scars",
    "hair_loss",
    "other",
  ],
  treatmentAreas: ["face", "neck", "chest", "hands", "arms", "abdomen", "back", "buttocks", "thighs", "scalp"],
  skinType: ["I", "II", "III", "IV", "V", "VI", "unsure"],
  activeAcne: yesNoUnsure,
  isotretinoin: ["never", "current", "stopped_under_6_months", "stopped_6_to_12_months", "stopped_over_12_months"],
  inflammatorySkinCondition: ["none", "active", "history"],
  keloids: yesNoUnsure,
  changingMoles: yesNoUnsure,
  skinCancerInArea: yesNoUnsure,
  skinInfectionOrWound: yesNoUnsure,
  coldSores: ["never", "history", "active"],
  recentSunburn: yesNoUnsure,
  recentInjectables: yesNoUnsure,
  topicalRetinoids: yesNoUnsure,
  bloodThinners: yesNoUnsure,
  bleedingDisorder: yesNoUnsure,
  cancerTreatment: ["none", "current", "recent"],
  immuneCondition: yesNoUnsure,
  diabetes: ["none", "controlled", "uncontrolled", "unsure"],
  pregnantOrBreastfeeding: yesNoUnsure,
  anestheticAllergy: yesNoUnsure,
  metalAllergy: yesNoUnsure,
  contactMethod: ["phone", "email"],
  contactTimes: ["mornings", "afternoons", "evenings"],
};

const specMaxLength: Record<string, number> = {
  firstName: 100,
  lastName: 100,
  concernsOther: 500,
  medications: 1000,
  otherConditions: 1000,
};

const all = questions;

describe("questionnaire data against the spec", () => {
  it("is version 1", () => {
    expect(QUESTIONNAIRE_VERSION).toBe(1);
  });

  it("has the spec's steps, in order, with the spec's question ids in order", () => {
    expect(Object.fromEntries(steps.map((step) => [step.id, step.questions.map((question) => question.id)]))).toEqual(specSteps);
    expect(steps.map((step) => step.id)).toEqual(Object.keys(specSteps));
  });

  it("puts step 1 in patient, steps 2 to 4 in answers and step 5 in consent", () => {
    expect(questionsIn("patient").map((question) => question.id)).toEqual(specSteps.about);
    expect(questionsIn("answers").map((question) => question.id)).toEqual([...specSteps.goals, ...specSteps.skin, ...specSteps.health]);
    expect(questionsIn("consent").map((question) => question.id)).toEqual(specSteps.confirm);
  });

  it("offers exactly the spec's option codes for every choice question", () => {
    const withOptions = all.filter((question) => question.options !== undefined);
    expect(Object.fromEntries(withOptions.map((question) => [question.id, question.options?.map((option) => option.value)]))).toEqual(
      specOptions,
    );
  });

  it("asks every yes-no-unsure question of the spec as one", () => {
    const asked = all.filter((question) => question.kind === "yesNoUnsure");
    expect(asked.map((question) => question.id)).toEqual(Object.keys(specOptions).filter((id) => specOptions[id] === yesNoUnsure));
    for (const question of asked) {
      expect(question.options?.map((option) => option.label)).toEqual(["Yes", "No", "I'm not sure"]);
    }
  });

  it("uses the spec's length limits", () => {
    for (const [id, maxLength] of Object.entries(specMaxLength)) {
      expect(all.find((question) => question.id === id)?.maxLength, id).toBe(maxLength);
    }
  });

  it("marks only phone, medications, other conditions and the emailed copy optional", () => {
    expect(all.filter((question) => question.optional === true).map((question) => question.id)).toEqual([
      "phone",
      "medications",
      "otherConditions",
      "emailCopy",
    ]);
  });

  it("shows the other-concern text only when 'other' is chosen", () => {
    expect(questionById("concernsOther").enableWhen).toEqual({ question: "concerns", includes: "other" });
  });

  it("describes every skin type in plain words", () => {
    const skinType = questionById("skinType");
    expect(skinType.options.every((option) => option.description.length > 0)).toBe(true);
    expect(optionLabel("skinType", "unsure")).toBe("I'm not sure");
    expect(skinType.options[0]?.description).toBe("Always burns, never tans");
    expect(skinType.options[5]?.description).toBe("Never burns, deeply pigmented");
  });
});

describe("questionnaire data is internally consistent", () => {
  it("has unique question ids and unique short labels", () => {
    expect(new Set(all.map((question) => question.id)).size).toBe(all.length);
    expect(new Set(all.map((question) => question.shortLabel)).size).toBe(all.length);
  });

  it("gives every question a label and a short label, and every option a label", () => {
    for (const question of all) {
      expect(question.label.trim(), question.id).not.toBe("");
      expect(question.shortLabel.trim(), question.id).not.toBe("");
      for (const option of question.options ?? []) expect(option.label.trim(), `${question.id}.${option.value}`).not.toBe("");
    }
  });

  it("has options exactly for choice questions, without duplicate codes", () => {
    for (const question of all) {
      const isChoice = ["multi", "single", "yesNoUnsure"].includes(question.kind);
      expect(question.options !== undefined, question.id).toBe(isChoice);
      const codes = question.options?.map((option) => option.value) ?? [];
      expect(new Set(codes).size, question.id).toBe(codes.length);
    }
  });

  it("makes every conditional question depend on an option of a multi-select in the same section", () => {
    for (const question of all.filter((candidate) => candidate.enableWhen !== undefined)) {
      const controlling = all.find((candidate) => candidate.id === question.enableWhen?.question);
      expect(controlling?.kind).toBe("multi");
      expect(controlling?.section).toBe(question.section);
      expect(controlling?.options?.map((option) => option.value)).toContain(question.enableWhen?.includes);
    }
  });

  it("gives every free-text answer a length limit", () => {
    for (const question of all.filter((candidate) => ["text", "textarea", "email", "tel"].includes(candidate.kind))) {
      expect(question.maxLength, question.id).toBeGreaterThan(0);
    }
  });
});

describe("lookups", () => {
  it("finds a question by id", () => {
    expect(questionById("bloodThinners").shortLabel).toBe("Blood thinners");
  });

  it("gives an option's label", () => {
    expect(optionLabel("isotretinoin", "stopped_6_to_12_months")).toBe("I stopped 6 to 12 months ago");
    expect(optionLabel("concerns", "hair_loss")).toBe("Thinning hair or hair loss");
  });

  it("refuses an option code the question does not have", () => {
    expect(() => labelOfOption(questionById("diabetes"), "type_2")).toThrow('Question "diabetes" has no option "type_2"');
  });
});
