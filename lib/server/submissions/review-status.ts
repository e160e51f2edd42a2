export const REVIEW_STATUSES = ["new", "in_review", "decided"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const OUTCOMES = ["eligible", "needs_review", "not_suitable"] as const;

export const DECISIONS = ["approved_for_consultation", "not_suitable", "more_information_needed"] as const;
export type DecisionValue = (typeof DECISIONS)[number];

export const DECISION_LABELS: Record<DecisionValue, string> = {
  approved_for_consultation: "Approved for consultation",
  not_suitable: "Not suitable",
  more_information_needed: "More information needed",
};
