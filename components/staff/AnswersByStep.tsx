import { summarizeIntake, type Answers } from "@/lib/questionnaire";
import type { RuleId } from "@/lib/screening";
import { answerAnchor, reasonAnchor } from "./ReasonList";

interface AnswersByStepProps {
  answers: Answers;
  /** The answers behind each reason, by question id. */
  answersBehind: ReadonlyMap<string, readonly RuleId[]>;
  /** Each reason's number in the list of reasons, for the links back to it. */
  reasonNumbers: ReadonlyMap<RuleId, number>;
}

/** The patient's answers grouped by step; those behind a reason carry a "Flagged" tag and link to it. */
export function AnswersByStep({ answers, answersBehind, reasonNumbers }: AnswersByStepProps) {
  return summarizeIntake({ answers }).map(({ step, items }) => (
    <section key={step.id} aria-labelledby={`step-${step.id}`}>
      <h3 id={`step-${step.id}`}>{step.title}</h3>
      <dl className="summary-list summary-list--staff">
        {items.map(({ question, text }) => {
          const rules = answersBehind.get(question.id) ?? [];
          return (
            <div
              key={question.id}
              id={answerAnchor(question.id)}
              className={rules.length > 0 ? "summary-list__row summary-list__row--flagged" : "summary-list__row"}
            >
              <dt>{question.shortLabel}</dt>
              <dd>{text === "" ? <span className="hint">Not answered</span> : text}</dd>
              {rules.length > 0 && (
                <dd className="flag">
                  <strong className="tag tag--flag">Flagged</strong>{" "}
                  {rules.map((rule, index) => (
                    <span key={rule}>
                      {index > 0 && ", "}
                      <a href={`#${reasonAnchor(rule)}`}>See reason {reasonNumbers.get(rule)}</a>
                    </span>
                  ))}
                </dd>
              )}
            </div>
          );
        })}
      </dl>
    </section>
  ));
}
