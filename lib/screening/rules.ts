import { questionsIn, type Answers } from "@/lib/questionnaire";
import { defaultWaitingPeriods, type Rule, type ScreeningInput, type WaitingPeriods } from "./policy";

/** The default policy's version (shared/spec/screening-policy.md). */
export const POLICY_VERSION = "2026-11.1";

const ADULT_AGE = 18;
/** US device authorizations cover adults from this age. */
const DEVICE_AUTHORIZED_AGE = 22;

/** Questions where "I'm not sure" must reach a clinician; skin type is not one of them (spec). */
const unsureCapable = questionsIn("answers").filter(
  (question) => question.kind === "yesNoUnsure" || question.id === "diabetes",
);

function unsureAnswers({ answers }: ScreeningInput): typeof unsureCapable {
  return unsureCapable.filter((question) => answers[question.id] === "unsure");
}

const comeBack = (when: string): string => `It's worth screening again ${when}.`;

/** Answers that hold one option code (not a multi-select or free text). */
type ChoiceAnswerId = { [Id in keyof Answers]-?: Answers[Id] extends string ? Id : never }[keyof Answers];

/** Fires when the answer to `id` is one of `values`. */
function answerIs<Id extends ChoiceAnswerId>(id: Id, ...values: readonly Answers[Id][]): Pick<Rule, "when" | "flagged"> {
  return { when: ({ answers }) => values.includes(answers[id]), flagged: () => [id] };
}

/** Fires when the patient chose `concern`. */
function concernIncludes(concern: Answers["concerns"][number]): Pick<Rule, "when" | "flagged"> {
  return { when: ({ answers }) => answers.concerns.includes(concern), flagged: () => ["concerns"] };
}

/** Fires on the patient's age at the assessment date. */
function ageIs(test: (age: number) => boolean): Pick<Rule, "when" | "flagged"> {
  return { when: (_, { age }) => test(age), flagged: () => ["dateOfBirth"] };
}

/**
 * The default policy as a table: exclude rules, then review rules, then info rules, each
 * in the order of the spec. A rule fires on its own answers only; `assess` combines them.
 */
const ruleTable = [
  // Exclude: the outcome is `not_suitable`.
  {
    id: "pregnancy",
    level: "exclude",
    temporary: true,
    ...answerIs("pregnantOrBreastfeeding", "yes"),
    patientMessage: () =>
      `Microneedling isn't advisable while you are pregnant, trying for a baby or breastfeeding, but we'd love to see you afterwards. ${comeBack("once you are no longer pregnant or breastfeeding")}`,
    clinicianNote: () => "Pregnant, trying to conceive or breastfeeding: contraindicated (device labeling).",
  },
  {
    id: "bleeding_disorder",
    level: "exclude",
    temporary: false,
    ...answerIs("bleedingDisorder", "yes"),
    patientMessage: () =>
      "Microneedling makes many tiny pricks in the skin. With a bleeding or clotting condition they can bleed or bruise much more than usual.",
    clinicianNote: () => "Bleeding or clotting disorder: contraindicated (device labeling: haemorrhagic disorder).",
  },
  {
    id: "isotretinoin_recent",
    level: "exclude",
    temporary: true,
    ...answerIs("isotretinoin", "current", "stopped_under_6_months"),
    patientMessage: (_, { waitingPeriods }) =>
      `Isotretinoin makes skin slower to heal for a while after you take it. ${comeBack(`${waitingPeriods.isotretinoin_recent} after your last dose`)}`,
    clinicianNote: (_, { waitingPeriods }) =>
      `Isotretinoin current or stopped under 6 months ago: contraindicated (device labeling); wait ${waitingPeriods.isotretinoin_recent} after the last dose (package insert).`,
  },
  {
    id: "cancer_treatment_current",
    level: "exclude",
    temporary: true,
    ...answerIs("cancerTreatment", "current"),
    patientMessage: () =>
      `During chemotherapy or radiotherapy your skin heals more slowly and infections are more likely. ${comeBack("when your treatment has finished")}`,
    clinicianNote: () => "Currently on chemotherapy or radiotherapy: defer until treatment has ended.",
  },
  {
    id: "skin_cancer_in_area",
    level: "exclude",
    temporary: false,
    ...answerIs("skinCancerInArea", "yes"),
    patientMessage: () =>
      "Skin with cancer, or a spot being checked for cancer, shouldn't be treated with microneedling. Please follow your doctor's advice about that spot.",
    clinicianNote: () => "Skin cancer or a suspicious lesion in the treatment area: contraindicated (device labeling).",
  },
  {
    id: "skin_infection_or_wound",
    level: "exclude",
    temporary: true,
    ...answerIs("skinInfectionOrWound", "yes"),
    patientMessage: () =>
      `Microneedling on broken, sore or infected skin can spread infection and slow healing. ${comeBack("once the skin has fully healed")}`,
    clinicianNote: () => "Infection, open wound or irritated skin in the area: defer until healed (device labeling).",
  },
  {
    id: "cold_sore_active",
    level: "exclude",
    temporary: true,
    ...answerIs("coldSores", "active"),
    patientMessage: () =>
      `Treating skin while you have a cold sore can spread it. ${comeBack("once the cold sore has fully healed")}`,
    clinicianNote: () => "Active herpes simplex outbreak: defer until healed.",
  },
  {
    id: "active_acne",
    level: "exclude",
    temporary: true,
    ...answerIs("activeAcne", "yes"),
    patientMessage: () =>
      `Microneedling over active breakouts can spread the spots and make them worse. ${comeBack("once the breakout has settled")}`,
    clinicianNote: () => "Active acne in the treatment area: defer until settled.",
  },
  {
    id: "skin_condition_flare",
    level: "exclude",
    temporary: true,
    ...answerIs("inflammatorySkinCondition", "active"),
    patientMessage: () =>
      `Microneedling can make a flare-up of eczema, psoriasis or rosacea worse. ${comeBack("once the flare-up has settled")}`,
    clinicianNote: () => "Active eczema, psoriasis or rosacea flare in the area: defer until settled.",
  },
  {
    id: "keloids",
    level: "exclude",
    temporary: false,
    ...answerIs("keloids", "yes"),
    patientMessage: () =>
      "If your skin tends to form raised, thick scars (keloids), microneedling could cause new ones.",
    clinicianNote: () => "History of keloid scarring: contraindicated (seeds 001, 002).",
  },
  {
    id: "recent_sunburn",
    level: "exclude",
    temporary: true,
    ...answerIs("recentSunburn", "yes"),
    patientMessage: (_, { waitingPeriods }) =>
      `Sunburnt skin needs time to recover before any treatment. ${comeBack(`${waitingPeriods.recent_sunburn} after the sunburn has healed`)}`,
    clinicianNote: (_, { waitingPeriods }) =>
      `Sunburn in the area within 2 weeks: defer until ${waitingPeriods.recent_sunburn} after it has healed.`,
  },
  {
    id: "under_18",
    level: "exclude",
    temporary: true,
    ...ageIs((age) => age < ADULT_AGE),
    patientMessage: () =>
      // Says when (at 18) without "screening again": until then the way in is the clinic, in person.
      `Our online screening is for adults aged ${ADULT_AGE} and over. The clinic can see you in person with a parent or guardian, or you can screen online once you turn ${ADULT_AGE}.`,
    clinicianNote: (_, { age }) =>
      `Aged ${age}: online intake is for adults; see in person with a parent or guardian.`,
  },

  // Review: the outcome is at least `needs_review`.
  {
    id: "blood_thinners",
    level: "review",
    temporary: false,
    ...answerIs("bloodThinners", "yes"),
    patientMessage: () =>
      "Blood thinners can make bruising and bleeding more likely. Please keep taking your medicine unless the doctor who prescribes it tells you otherwise.",
    clinicianNote: () =>
      "On anticoagulant or antiplatelet medicine: bruising and bleeding risk. Clinics differ; prescriber approval may be needed.",
  },
  {
    id: "isotretinoin_6_to_12_months",
    level: "review",
    temporary: false,
    ...answerIs("isotretinoin", "stopped_6_to_12_months"),
    patientMessage: (_, { waitingPeriods }) =>
      `Your skin may still be recovering from isotretinoin. Some clinics prefer to wait until ${waitingPeriods.isotretinoin_6_to_12_months} after the last dose.`,
    clinicianNote: (_, { waitingPeriods }) =>
      `Isotretinoin stopped 6 to 12 months ago: clinics differ on waiting 6 or ${waitingPeriods.isotretinoin_6_to_12_months}.`,
  },
  {
    id: "cancer_treatment_recent",
    level: "review",
    temporary: false,
    ...answerIs("cancerTreatment", "recent"),
    patientMessage: () =>
      "Skin can take a while to heal fully after chemotherapy or radiotherapy, so we'd like to check how you are healing first.",
    clinicianNote: () => "Chemotherapy or radiotherapy finished within 12 months: check healing.",
  },
  {
    id: "changing_moles",
    level: "review",
    temporary: false,
    ...answerIs("changingMoles", "yes"),
    patientMessage: () => "A mole or growth that has changed should be looked at before any treatment over it.",
    clinicianNote: () => "Changing mole or growth in the area: assess the lesion before needling over it (seed 002).",
  },
  {
    id: "cold_sore_history",
    level: "review",
    temporary: false,
    ...answerIs("coldSores", "history"),
    patientMessage: () =>
      "Microneedling can sometimes bring on a cold sore, so we may suggest a medicine to prevent one before treatment.",
    clinicianNote: () => "History of herpes simplex: consider antiviral prophylaxis before treating the face.",
  },
  {
    id: "skin_condition_history",
    level: "review",
    temporary: false,
    ...answerIs("inflammatorySkinCondition", "history"),
    patientMessage: () =>
      "Microneedling can sometimes bring back eczema, psoriasis or rosacea, so we'd like to check this with you first.",
    clinicianNote: () => "History of eczema, psoriasis or rosacea: needling can trigger a flare.",
  },
  {
    id: "immune_condition",
    level: "review",
    temporary: false,
    ...answerIs("immuneCondition", "yes"),
    patientMessage: () =>
      "A weaker immune system can make infections more likely and healing slower, so we'd like to check this with you first.",
    clinicianNote: () => "Immunocompromised: infection and healing risk (seed 001).",
  },
  {
    id: "diabetes_uncontrolled",
    level: "review",
    temporary: false,
    ...answerIs("diabetes", "uncontrolled"),
    patientMessage: () =>
      "Diabetes that isn't well controlled can slow down healing, so we'd like to check this with you first.",
    clinicianNote: () => "Uncontrolled diabetes: poor wound healing.",
  },
  {
    id: "anesthetic_allergy",
    level: "review",
    temporary: false,
    ...answerIs("anestheticAllergy", "yes"),
    patientMessage: () =>
      "We usually use a numbing cream before treatment. As you're allergic to numbing creams, we'll plan your treatment another way.",
    clinicianNote: () => "Allergy to topical anaesthetic: plan treatment without topical lidocaine.",
  },
  {
    id: "metal_allergy",
    level: "review",
    temporary: false,
    ...answerIs("metalAllergy", "yes"),
    patientMessage: () => "Microneedling uses very fine metal needles, so we'll check they are safe with your allergy.",
    clinicianNote: () => "Nickel or stainless steel allergy: check the needle material of the device.",
  },
  {
    id: "recent_injectables",
    level: "review",
    temporary: false,
    ...answerIs("recentInjectables", "yes"),
    patientMessage: (_, { waitingPeriods }) =>
      `It's best to leave time between Botox or fillers and microneedling the same area. We usually wait at least ${waitingPeriods.recent_injectables}.`,
    clinicianNote: (_, { waitingPeriods }) =>
      `Botox or filler in the area within 2 weeks: this clinic waits ${waitingPeriods.recent_injectables}; clinics differ (2 weeks to several months).`,
  },
  {
    id: "age_18_to_21",
    level: "review",
    temporary: false,
    ...ageIs((age) => age >= ADULT_AGE && age < DEVICE_AUTHORIZED_AGE),
    patientMessage: () =>
      `Some microneedling devices are approved for adults aged ${DEVICE_AUTHORIZED_AGE} and over, so we'd like to check which treatment suits you.`,
    clinicianNote: (_, { age }) =>
      `Aged ${age}: US device authorizations cover adults aged ${DEVICE_AUTHORIZED_AGE} and over.`,
  },
  {
    id: "concern_medical",
    level: "review",
    temporary: false,
    ...concernIncludes("hair_loss"),
    patientMessage: () =>
      "Thinning hair or hair loss can have a medical cause, so a clinician would like to look at this with you first.",
    clinicianNote: () => "Concern includes hair loss: a medical indication, not a cosmetic one (seed 002).",
  },
  {
    id: "concern_other",
    level: "review",
    temporary: false,
    ...concernIncludes("other"),
    patientMessage: () =>
      "Thank you for telling us what else you'd like to improve. A clinician will check whether microneedling can help with it.",
    clinicianNote: () => "Other concern described by the patient: decide whether microneedling fits the stated goal.",
  },
  {
    id: "unsure_answer",
    level: "review",
    temporary: false,
    when: (input) => unsureAnswers(input).length > 0,
    flagged: (input) => unsureAnswers(input).map((question) => question.id),
    patientMessage: () =>
      "It's fine not to be sure. A clinician will go through the questions you weren't sure about with you.",
    clinicianNote: (input) =>
      `Answered "not sure": ${unsureAnswers(input)
        .map((question) => question.shortLabel)
        .join(", ")}. Ask at review.`,
  },

  // Info: never changes the outcome.
  {
    id: "pigmentation_risk",
    level: "info",
    temporary: false,
    ...answerIs("skinType", "V", "VI"),
    patientMessage: () =>
      "Microneedling suits all skin types. Darker skin can sometimes get darker patches after treatment, so we'll choose the treatment and aftercare to suit your skin.",
    clinicianNote: () =>
      "Fitzpatrick V-VI: higher risk of post-inflammatory hyperpigmentation; choose depth and aftercare accordingly.",
  },
  {
    id: "diabetes_controlled",
    level: "info",
    temporary: false,
    ...answerIs("diabetes", "controlled"),
    patientMessage: () => "We'll ask how your skin usually heals at your consultation.",
    clinicianNote: () => "Controlled diabetes: check healing history at consultation.",
  },
  {
    id: "topical_retinoids",
    level: "info",
    temporary: false,
    ...answerIs("topicalRetinoids", "yes"),
    patientMessage: (_, { waitingPeriods }) =>
      `Please stop using retinol, tretinoin and exfoliating acids on the area ${waitingPeriods.topical_retinoids} before your treatment.`,
    clinicianNote: (_, { waitingPeriods }) =>
      `Uses retinoids or exfoliating acids: told to stop ${waitingPeriods.topical_retinoids} before treatment (seed 004).`,
  },
] as const satisfies readonly Rule[];

export type RuleId = (typeof ruleTable)[number]["id"];

/** A complete policy: the rule table, its parameters and the version stored with every result. */
export interface Policy {
  readonly version: string;
  readonly rules: readonly Rule<RuleId>[];
  readonly waitingPeriods: WaitingPeriods;
}

/** Every rule id of the default policy, in table order. */
export const ruleIds: readonly RuleId[] = ruleTable.map((rule) => rule.id);

/** The clinic's default policy, version `2026-11.1`. */
export const defaultPolicy: Policy = {
  version: POLICY_VERSION,
  rules: ruleTable,
  waitingPeriods: defaultWaitingPeriods,
};
