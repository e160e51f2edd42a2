import { OutcomeTag } from "@/components/submissions/OutcomeTag";
import { questionsIn } from "@/lib/questionnaire";
import { shortLabel } from "@/lib/screening/short-labels";
import type { SubmissionDetail } from "@/lib/submissions/types";
import { DECISION_LABELS, levelLabel } from "@/lib/vocabulary";
import { reasonAnchor } from "./ReasonList";

/**
 * The questions a patient answers in their own words (other medicines, other health notes,
 * another concern): no rule reads them, so they are put in front of the clinician here
 * rather than left among the answers.
 */
export const FREE_TEXT_QUESTIONS = questionsIn("answers").filter((question) => question.kind === "textarea");

/**
 * What a clinician needs first, at the top of a submission: the outcome, the reasons in
 * short (each linking to its full note below), every free-text answer, and the current
 * decision.
 */
export function CaseSummary({ submission }: { submission: Pick<SubmissionDetail, "outcome" | "reasons" | "answers" | "decisions"> }) {
  const current = submission.decisions[0];
  const answers = submission.answers as Readonly<Record<string, unknown>>;
  return (
    <section aria-labelledby="summary-heading" className="case-summary">
      <h2 id="summary-heading">Summary</h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Outcome</dt>
          <dd>
            <OutcomeTag outcome={submission.outcome} />
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Reasons</dt>
          <dd>
            {submission.reasons.length === 0 ? (
              "None: every answer was within the screening policy"
            ) : (
              <ul className="short-reasons">
                {submission.reasons.map((reason) => (
                  <li key={reason.rule}>
                    <a href={`#${reasonAnchor(reason.rule)}`}>{shortLabel(reason.rule)}</a>{" "}
                    <span className="hint">({levelLabel(reason.level, reason.temporary)})</span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        {FREE_TEXT_QUESTIONS.map((question) => {
          const text = answers[question.id];
          return (
            <div key={question.id} className="summary-list__row">
              <dt>{question.shortLabel}</dt>
              <dd className="free-text">{typeof text === "string" && text.trim() !== "" ? text : <span className="hint">None given</span>}</dd>
            </div>
          );
        })}
        <div className="summary-list__row">
          <dt>Current decision</dt>
          <dd>{current ? DECISION_LABELS[current.decision] : "None yet"}</dd>
        </div>
      </dl>
    </section>
  );
}
