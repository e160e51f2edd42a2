import { questionById, type QuestionId } from "@/lib/questionnaire";
import type { Reason, RuleId } from "@/lib/screening";
import { LEVEL_LABELS } from "./labels";

/** Ids the reasons and the answers link to each other by. */
export const reasonAnchor = (rule: RuleId): string => `reason-${rule}`;
export const answerAnchor = (questionId: string): string => `answer-${questionId}`;

interface ReasonListProps {
  reasons: readonly Reason[];
  /** The answers behind each reason, by question id (see `flaggedQuestions`). */
  answersBehind: ReadonlyMap<string, readonly RuleId[]>;
}

/** Every rule that fired, with its level, whether it is for now only, the clinician's note and the answers behind it. */
export function ReasonList({ reasons, answersBehind }: ReasonListProps) {
  if (reasons.length === 0) return <p>No rule fired: every answer was within the screening policy.</p>;
  return (
    <ol className="reason-list">
      {reasons.map((reason) => {
        const answers = [...answersBehind].flatMap(([questionId, rules]) => (rules.includes(reason.rule) ? [questionId] : []));
        return (
          <li key={reason.rule} id={reasonAnchor(reason.rule)} className={`reason reason--${reason.level}`}>
            <p className="reason__tags">
              <span className="tag">{LEVEL_LABELS[reason.level]}</span>
              {reason.temporary && <span className="tag tag--plain">For now only</span>}
            </p>
            <p className="reason__note">{reason.clinicianNote}</p>
            {answers.length > 0 && (
              <p className="reason__answers">
                From the {answers.length === 1 ? "answer" : "answers"}:{" "}
                {answers.map((questionId, index) => (
                  <span key={questionId}>
                    {index > 0 && ", "}
                    <a href={`#${answerAnchor(questionId)}`}>{questionById(questionId as QuestionId).shortLabel}</a>
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
