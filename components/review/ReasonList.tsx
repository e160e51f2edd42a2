import { questionById } from "@/lib/questionnaire";
import type { Reason, RuleId } from "@/lib/screening";
import type { ReasonLinks } from "@/lib/submissions/reason-links";
import { levelLabel } from "@/lib/vocabulary";

/** Ids the reasons and the answers link to each other by. */
export const reasonAnchor = (rule: RuleId): string => `reason-${rule}`;
export const answerAnchor = (questionId: string): string => `answer-${questionId}`;

/** Every rule that fired, with its level (and whether it is for now only), the clinician's note and the answers behind it. */
export function ReasonList({ reasons, links }: { reasons: readonly Reason[]; links: ReasonLinks }) {
  if (reasons.length === 0) return <p>No rule fired: every answer was within the screening policy.</p>;
  return (
    <ol className="reason-list">
      {reasons.map((reason) => {
        const answers = links.answersOf(reason.rule);
        return (
          <li key={reason.rule} id={reasonAnchor(reason.rule)} className={`reason reason--${reason.level}`}>
            <p className="reason__tags">
              <span className="tag">{levelLabel(reason.level, reason.temporary)}</span>
            </p>
            <p className="reason__note">{reason.clinicianNote}</p>
            {answers.length > 0 && (
              <p className="reason__answers">
                From the {answers.length === 1 ? "answer" : "answers"}:{" "}
                {answers.map((questionId, index) => (
                  <span key={questionId}>
                    {index > 0 && ", "}
                    <a href={`#${answerAnchor(questionId)}`}>{questionById(questionId).shortLabel}</a>
                  </span>
                ))}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
