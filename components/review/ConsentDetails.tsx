import { summarizeIntake } from "@/lib/questionnaire";
import { DateTime } from "@/components/ui/DateTime";
import type { SubmissionDetail } from "@/lib/submissions/types";

/** What the patient agreed to and the name they typed as their signature, with the time they did. */
export function ConsentDetails({ consent }: { consent: SubmissionDetail["consent"] }) {
  const { consentedAt, ...given } = consent;
  // Submissions from before the contact questions have no answer to them: leave the rows out.
  const items = summarizeIntake({ consent: given })
    .flatMap((group) => group.items)
    .filter(({ text }) => text !== "");
  return (
    <dl className="summary-list summary-list--staff">
      {items.map(({ question, text }) => (
        <div key={question.id} className="summary-list__row">
          <dt>{question.shortLabel}</dt>
          <dd>{text}</dd>
        </div>
      ))}
      <div className="summary-list__row">
        <dt>Signed</dt>
        <dd>
          <DateTime iso={consentedAt} />
        </dd>
      </div>
    </dl>
  );
}
