// The clinic's vocabulary: every stored code and the words staff and patients read for it.
// The screen and the paper take their words from here, so they always say the same thing.
// Browser-safe: no server imports.

export const OUTCOMES = ["eligible", "needs_review", "not_suitable"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  eligible: "Eligible",
  needs_review: "Needs review",
  not_suitable: "Not suitable",
};

/** How much a screening rule weighs: `exclude` makes the outcome `not_suitable`, `review` at least `needs_review`. */
export const LEVELS = ["exclude", "review", "info"] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS: Record<Level, string> = {
  exclude: "Excludes",
  review: "Needs review",
  info: "For information",
};

/** A reason's weight in words, with "for now" when the rule is temporary ("Excludes for now"). */
export function levelLabel(level: Level, temporary: boolean): string {
  return temporary ? `${LEVEL_LABELS[level]} for now` : LEVEL_LABELS[level];
}

/**
 * `awaiting_information`: the latest decision is "more information needed", so the case waits
 * for a GP letter or a prescriber rather than counting as decided. `withdrawn`: an admin took
 * it out of the queue as junk or a duplicate; it is in no list but its own.
 */
export const REVIEW_STATUSES = ["new", "in_review", "awaiting_information", "decided", "withdrawn"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  new: "New",
  in_review: "In review",
  awaiting_information: "Awaiting information",
  decided: "Decided",
  withdrawn: "Withdrawn",
};

/** What one row of a submission's withdrawal history did: took it out of the queue, or put it back. */
export const WITHDRAWAL_ACTIONS = ["withdrawn", "restored"] as const;
export type WithdrawalAction = (typeof WITHDRAWAL_ACTIONS)[number];

export const WITHDRAWAL_ACTION_LABELS: Record<WithdrawalAction, string> = {
  withdrawn: "Withdrawn from the queue",
  restored: "Restored to the queue",
};

export const DECISIONS = ["approved_for_consultation", "not_suitable", "more_information_needed"] as const;
export type Decision = (typeof DECISIONS)[number];

export const DECISION_LABELS: Record<Decision, string> = {
  approved_for_consultation: "Approved for consultation",
  not_suitable: "Not suitable",
  more_information_needed: "More information needed",
};

/**
 * Where a submission stands on the front desk's "To contact" list: `to_contact` is on it;
 * `booked` and `declined` left it when the patient was reached. Null: never on it.
 */
export const FOLLOW_UP_STATES = ["to_contact", "booked", "declined"] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

export const FOLLOW_UP_LABELS: Record<FollowUpState, string> = {
  to_contact: "To contact",
  booked: "Booked",
  declined: "Declined",
};

/** What came of one attempt to reach a patient on the "To contact" list. */
export const CONTACT_RESULTS = ["reached_booked", "reached_declined", "no_answer"] as const;
export type ContactResult = (typeof CONTACT_RESULTS)[number];

export const CONTACT_RESULT_LABELS: Record<ContactResult, string> = {
  reached_booked: "Reached and booked",
  reached_declined: "Reached and declined",
  no_answer: "No answer",
};

export const STAFF_ROLES = ["clinician", "front_desk", "admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABELS: Record<StaffRole, string> = {
  clinician: "Clinician",
  front_desk: "Front desk",
  admin: "Admin",
};

/** A role as stored (in the audit log, say): its words, or the stored text for a role that no longer exists. */
export function staffRoleLabel(role: string): string {
  const known = knownCode(STAFF_ROLES, role);
  return known === undefined ? role : ROLE_LABELS[known];
}

export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_out",
  "auth.lock_clear",
  "access.denied",
  "submission.view",
  "submission.print",
  "submission.decide",
  "submission.withdraw",
  "submission.restore",
  "submission.contact_attempt",
  "submissions.export",
  "staff.create",
  "staff.update",
  "audit.export",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an admin reads in the audit log, its filter and its export for each action. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  "auth.sign_in": "Signed in",
  "auth.sign_out": "Signed out",
  "auth.lock_clear": "Cleared a sign-in lock",
  "access.denied": "Was refused access",
  "submission.view": "Opened a submission",
  "submission.print": "Printed a submission",
  "submission.decide": "Recorded a decision",
  "submission.withdraw": "Withdrew a submission from the queue",
  "submission.restore": "Restored a submission to the queue",
  "submission.contact_attempt": "Recorded a contact attempt",
  "submissions.export": "Exported submissions as CSV",
  "staff.create": "Created a staff account",
  "staff.update": "Changed a staff account",
  "audit.export": "Exported the audit log as CSV",
};

export const AUDIT_OUTCOMES = ["success", "failure", "denied"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export const AUDIT_OUTCOME_LABELS: Record<AuditOutcome, string> = {
  success: "Succeeded",
  failure: "Failed",
  denied: "Refused",
};

/** A stored action in words; a code this version does not know stays readable as itself. */
export function auditActionLabel(action: string): string {
  const known = knownCode(AUDIT_ACTIONS, action);
  return known === undefined ? action : AUDIT_ACTION_LABELS[known];
}

/** A stored outcome in words, or the code itself if this version does not know it. */
export function auditOutcomeLabel(outcome: string): string {
  const known = knownCode(AUDIT_OUTCOMES, outcome);
  return known === undefined ? outcome : AUDIT_OUTCOME_LABELS[known];
}

/** A stored code as one of `codes`, or undefined for a value that is no longer (or never was) one of them. */
export function knownCode<Code extends string>(codes: readonly Code[], value: string | null | undefined): Code | undefined {
  return codes.find((code) => code === value);
}
