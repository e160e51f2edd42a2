// The clinic's review vocabulary, shared by the server, the staff pages and the printed
// summary (browser-safe: no server imports).
import { z } from "zod";
import type { Outcome } from "@/lib/screening";

export const OUTCOMES = ["eligible", "needs_review", "not_suitable"] as const satisfies readonly Outcome[];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  eligible: "Eligible",
  needs_review: "Needs review",
  not_suitable: "Not suitable",
};

export const REVIEW_STATUSES = ["new", "in_review", "decided"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  new: "New",
  in_review: "In review",
  decided: "Decided",
};

export const DECISIONS = ["approved_for_consultation", "not_suitable", "more_information_needed"] as const;
export type DecisionValue = (typeof DECISIONS)[number];

export const DECISION_LABELS: Record<DecisionValue, string> = {
  approved_for_consultation: "Approved for consultation",
  not_suitable: "Not suitable",
  more_information_needed: "More information needed",
};

/** A clinician's decision: a note is required unless approving. The form and the server both use it. */
export const decisionSchema = z
  .strictObject({
    decision: z.enum(DECISIONS, { message: "Choose a decision" }),
    note: z.string({ message: "Write a note" }).trim().max(2000, { message: "Use 2000 characters or fewer" }).optional(),
  })
  .superRefine(({ decision, note }, ctx) => {
    if (decision !== "approved_for_consultation" && !note) {
      ctx.addIssue({ code: "custom", path: ["note"], message: "Write a note saying why: it is required unless you approve" });
    }
  });
