import { summarizeIntake, type Answers } from "@/lib/questionnaire";
import type { ReasonLinks } from "@/lib/submissions/reason-links";
import { answerAnchor, reasonAnchor } from "./ReasonList";

/** The patient's answers grouped by step; those behind a reason carry a "Flagged" tag and link to it. */
export function AnswersByStep({ answers, links }: { answers: Answers; links: ReasonLinks }) {
  return summarizeIntake({ answers }).map(({ step, items }) => (
    <section key={step.id} aria-labelledby={`step-${step.id}`}>
      <h3 id={`step-${step.id}`}>{step.title}</h3>
      <dl className="summary-list summary-list--staff">
        {items.map(({ question, text }) => {
          const reasons = links.reasonsOf(question.id);
          return (
            <div
              key={question.id}
              id={answerAnchor(question.id)}
              className={reasons.length > 0 ? "summary-list__row summary-list__row--flagged" : "summary-list__row"}
            >
              <dt>{question.shortLabel}</dt>
              <dd>{text === "" ? <span className="hint">Not answered</span> : text}</dd>
              {reasons.length > 0 && (
                <dd className="flag">
                  <strong className="tag tag--flag">Flagged</strong>{" "}
                  {reasons.map((reason, index) => (
                    <span key={reason.rule}>
                      {index > 0 && ", "}
                      <a href={`#${reasonAnchor(reason.rule)}`}>See reason {reason.number}</a>
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
