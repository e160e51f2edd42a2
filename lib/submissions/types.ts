// What the server hands the pages about submissions. Browser-safe: types only.
import type { Answers, ContactMethod, ContactTime } from "@/lib/questionnaire";
import type { Reason } from "@/lib/screening";
import type { Decision, FollowUpState, Outcome, ReviewStatus, WithdrawalAction } from "@/lib/vocabulary";

/** What the patient is told after submitting: the 201 body of `POST /api/submissions`. */
export interface SubmissionReceipt {
  id: string;
  reference: string;
  outcome: Outcome;
  reasons: Reason[];
  policyVersion: string;
  createdAt: string;
}

/** A submission's current decision, with who made it and when. */
export interface DecisionSummary {
  decision: Decision;
  decidedBy: string;
  createdAt: string;
}

export interface SubmissionListItem {
  id: string;
  reference: string;
  createdAt: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  email: string;
  /** Whole years on today's date. */
  age: number;
  outcome: Outcome;
  /** The ids of the rules that fired, in policy table order: their notes are on the submission itself. */
  reasons: string[];
  reviewStatus: ReviewStatus;
  latestDecision: DecisionSummary | null;
  /** Where the patient stands on the front desk's "To contact" list; null if never on it. */
  followUp: FollowUpState | null;
}

export interface SubmissionPage {
  items: SubmissionListItem[];
  nextCursor: string | null;
}

/**
 * How many submissions each view of the queue holds under the same search, each counted up
 * to `COUNT_LIMIT + 1`: a figure above `COUNT_LIMIT` means "more than that".
 */
export interface SubmissionCounts {
  /** `needs_review` and not yet decided. */
  toReview: number;
  all: number;
  new: number;
  in_review: number;
  /** The latest decision asks for more information: not decided, not in "To review". */
  awaiting_information: number;
  decided: number;
  /** Taken out of the queue as junk or duplicates: in no other count. */
  withdrawn: number;
}

/** How the list is filtered and ordered (`GET /api/submissions`' query, parsed). */
export interface SubmissionFilter {
  outcome?: Outcome;
  status?: ReviewStatus[];
  q?: string;
  dateOfBirth?: string;
  from?: string;
  to?: string;
  /** `queue`: oldest first, so that nobody waits longest. `newest`: newest first. */
  order: "newest" | "queue";
  cursor?: string;
  limit: number;
}

export interface SubmissionDetail {
  id: string;
  reference: string;
  createdAt: string;
  questionnaireVersion: number;
  patient: { firstName: string; lastName: string; dateOfBirth: string; age: number; email: string; phone: string | null };
  answers: Answers;
  outcome: Outcome;
  reasons: Reason[];
  policyVersion: string;
  reviewStatus: ReviewStatus;
  consent: {
    storeAndReview: boolean;
    accurate: boolean;
    signature: string;
    consentedAt: string;
    /** Null on submissions made before the questionnaire asked. */
    contactMethod: ContactMethod | null;
    contactTimes: ContactTime[] | null;
  };
  /** Newest first: the first is the current decision. */
  decisions: { id: string; decision: Decision; note: string | null; decidedBy: string; createdAt: string }[];
  /** Every withdrawal from the queue and restore, newest first: the first says why it is withdrawn now. */
  withdrawals: WithdrawalEntry[];
}

/** One withdrawal of a submission from the queue, or its restore: who, when and why. */
export interface WithdrawalEntry {
  id: string;
  action: WithdrawalAction;
  reason: string;
  by: string;
  createdAt: string;
}
