import { summarizeIntake } from "@/lib/questionnaire";
import type { SubmissionDetail } from "@/lib/submissions/types";
import { answerAnchor } from "./ReasonList";

/** Who the patient is, with the questionnaire's own field names, and their age today. */
export function PatientDetails({ patient }: { patient: SubmissionDetail["patient"] }) {
  const items = summarizeIntake({ patient }).flatMap((group) => group.items);
  return (
    <dl className="summary-list summary-list--staff">
      {items.map(({ question, text }) => (
        // The age rules link here, to the date of birth.
        <div key={question.id} id={answerAnchor(question.id)} className="summary-list__row">
          <dt>{question.shortLabel}</dt>
          <dd>{text === "" ? <span className="hint">Not given</span> : text}</dd>
        </div>
      ))}
      <div className="summary-list__row">
        <dt>Age</dt>
        <dd>{patient.age}</dd>
      </div>
    </dl>
  );
}
