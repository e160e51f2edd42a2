import { questionsIn, summarizeIntake, type Question } from "@/lib/questionnaire";
import { linkReasons } from "@/lib/submissions/reason-links";
import type { SubmissionDetail } from "@/lib/submissions/types";

/** One answer as printed. */
export interface PrintedAnswer {
  readonly id: string;
  /** The questionnaire's short label. */
  readonly label: string;
  /** The display text; empty for an optional question left unanswered. */
  readonly text: string;
  /** Free text gets the full width of the page. */
  readonly wide: boolean;
  /** 1-based numbers of the reasons this answer fired; empty when it fired none. */
  readonly reasons: readonly number[];
}

export interface PrintedStep {
  readonly title: string;
  readonly answers: readonly PrintedAnswer[];
}

export interface SummaryModel {
  /** Reasons that an age rule fired (the date of birth is flagged). */
  readonly dateOfBirthReasons: readonly number[];
  /** What the patient wants treated: concerns, their own words, areas. Always shown together. */
  readonly treatment: readonly PrintedAnswer[];
  /** Every other answer that fired a rule, in questionnaire order. */
  readonly flagged: readonly PrintedAnswer[];
  /** Everything else, compactly, by step. */
  readonly others: readonly PrintedStep[];
  /** The consent statements the patient ticked (labels from the questionnaire). */
  readonly consent: readonly { readonly id: string; readonly label: string; readonly agreed: boolean }[];
  /** How and when the patient may be contacted, as they chose at consent (empty on older submissions). */
  readonly contact: readonly { readonly id: string; readonly label: string; readonly text: string }[];
}

const TREATMENT = new Set(["concerns", "concernsOther", "treatmentAreas"]);

/**
 * What the printed summary shows where. Each answer appears once: the treatment wanted at
 * the top, then every flagged answer, then the rest; a flagged answer carries the numbers
 * of the reasons it fired wherever it is. Labels and option texts come from the
 * questionnaire, so an unanswered optional item stays blank.
 */
export function buildSummaryModel(submission: Pick<SubmissionDetail, "patient" | "answers" | "reasons" | "consent">): SummaryModel {
  const links = linkReasons(submission);
  const reasonsOf = (id: string): number[] => links.reasonsOf(id).map((reason) => reason.number);

  const toPrinted = (question: Question, text: string): PrintedAnswer => ({
    id: question.id,
    label: question.shortLabel,
    text,
    wide: question.kind === "textarea",
    reasons: reasonsOf(question.id),
  });

  const steps = summarizeIntake({ answers: submission.answers }).map(({ step, items }) => ({
    title: step.title,
    answers: items.map(({ question, text }) => toPrinted(question, text)),
  }));
  const all = steps.flatMap((step) => step.answers);

  return {
    dateOfBirthReasons: reasonsOf("dateOfBirth"),
    treatment: all.filter((answer) => TREATMENT.has(answer.id)),
    flagged: all.filter((answer) => !TREATMENT.has(answer.id) && answer.reasons.length > 0),
    others: steps
      .map((step) => ({
        title: step.title,
        answers: step.answers.filter((answer) => !TREATMENT.has(answer.id) && answer.reasons.length === 0),
      }))
      .filter((step) => step.answers.length > 0),
    consent: questionsIn("consent")
      // The agreements: an optional checkbox (a copy by email) is a wish, not part of the consent.
      .filter(
        (question): question is Exclude<Extract<typeof question, { kind: "checkbox" }>, { optional: true }> =>
          question.kind === "checkbox" && !("optional" in question),
      )
      .map((question) => ({ id: question.id, label: question.label, agreed: submission.consent[question.id] })),
    contact: summarizeIntake({ consent: submission.consent })
      .flatMap((group) => group.items)
      .filter(({ question, text }) => (question.kind === "single" || question.kind === "multi") && text !== "")
      .map(({ question, text }) => ({ id: question.id, label: question.shortLabel, text })),
  };
}
