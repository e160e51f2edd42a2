import { summarizeIntake } from "@/lib/questionnaire/display";
import type { StepId } from "@/lib/questionnaire/lookup";
import type { IntakeDraft } from "./step-values";

interface CheckAnswersProps {
  draft: IntakeDraft;
  disabled: boolean;
  onChangeStep: (step: StepId) => void;
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** Every answer so far, grouped by step, each group with a way back to change it (GOV.UK check answers). */
export function CheckAnswers({ draft, disabled, onChangeStep }: CheckAnswersProps) {
  // Consent is asked below the summary, not summarised in it.
  const groups = summarizeIntake({ patient: draft.patient, answers: draft.answers });
  return (
    <>
      {groups.map(({ step, items }) => (
        <div key={step.id}>
          <div className="summary-list__heading">
            <h2>{step.title}</h2>
            <button type="button" className="link-button" disabled={disabled} onClick={() => onChangeStep(step.id)}>
              Change <span className="visually-hidden">{lowerFirst(step.title)}</span>
            </button>
          </div>
          <dl className="summary-list">
            {items.map(({ question, text }) => (
              <div key={question.id} className="summary-list__row">
                <dt>{question.label}</dt>
                <dd>{text === "" ? <span className="hint">Not answered</span> : text}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </>
  );
}
