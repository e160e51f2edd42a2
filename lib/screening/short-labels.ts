import type { RuleId } from "./rules";

/**
 * A few words per rule, for places with room for no more than a glance: the queue's rows.
 * Keyed by rule id, so a new rule without a short label does not compile.
 */
export const SHORT_LABELS: Readonly<Record<RuleId, string>> = {
  pregnancy: "Pregnant or breastfeeding",
  bleeding_disorder: "Bleeding disorder",
  isotretinoin_recent: "Isotretinoin, recent",
  cancer_treatment_current: "Cancer treatment now",
  skin_cancer_in_area: "Skin cancer in area",
  skin_infection_or_wound: "Infection or wound",
  cold_sore_active: "Active cold sore",
  active_acne: "Active acne",
  skin_condition_flare: "Skin condition flare",
  keloids: "Keloids",
  recent_sunburn: "Recent sunburn",
  under_18: "Under 18",
  blood_thinners: "Blood thinners",
  isotretinoin_6_to_12_months: "Isotretinoin, 6-12 months",
  cancer_treatment_recent: "Cancer treatment, recent",
  changing_moles: "Changing moles",
  cold_sore_history: "Cold sores, history",
  skin_condition_history: "Skin condition, history",
  immune_condition: "Immune condition",
  diabetes_uncontrolled: "Diabetes, uncontrolled",
  anesthetic_allergy: "Anaesthetic allergy",
  metal_allergy: "Metal allergy",
  recent_injectables: "Recent injectables",
  age_18_to_21: "Aged 18 to 21",
  concern_medical: "Medical concern",
  concern_other: "Other concern",
  unsure_answer: "Unsure answer",
  pigmentation_risk: "Pigmentation risk",
  diabetes_controlled: "Diabetes, controlled",
  topical_retinoids: "Topical retinoids",
};

/**
 * The short label of a stored rule id. A submission screened under an older policy may name
 * a rule this one no longer has: its id is shown rather than nothing.
 */
export function shortLabel(rule: string): string {
  return Object.hasOwn(SHORT_LABELS, rule) ? SHORT_LABELS[rule as RuleId] : rule;
}
