import type { SubmissionDetail } from "@/lib/submissions/types";
import { formatCalendarDate, formatDateTime } from "@/lib/time-zone";
import { DECISION_LABELS, levelLabel, OUTCOME_LABELS, REVIEW_STATUS_LABELS } from "@/lib/vocabulary";
import { FlagIcon, FlagMark, ReasonRefs } from "./FlagMark";
import { buildSummaryModel, type PrintedAnswer } from "./summary-model";

interface SubmissionSummaryProps {
  submission: SubmissionDetail;
  clinicName: string;
  /** The clinic's time zone: every time on the paper is on its clock. */
  timeZone: string;
  /** Who prints it and when, for the footer. */
  printedBy: string;
  printedAt: Date;
}

function Answer({ answer }: { answer: PrintedAnswer }) {
  const classes = ["print-answers__item", answer.wide ? "print-answers__item--wide" : ""];
  return (
    <div className={classes.filter(Boolean).join(" ")}>
      <dt>{answer.label}</dt>
      <dd>
        {answer.reasons.length > 0 ? (
          <>
            <FlagMark reasons={answer.reasons} />{" "}
          </>
        ) : null}
        {answer.text}
      </dd>
    </div>
  );
}

/** In the flagged list, the flag stands before the label and the word is the list's heading. */
function FlaggedAnswer({ answer }: { answer: PrintedAnswer }) {
  return (
    <div className="print-answers__item print-answers__item--flagged">
      <dt>
        <FlagIcon />
        <span className="visually-hidden">Flagged: </span> {answer.label}
      </dt>
      <dd>
        {answer.text} <ReasonRefs reasons={answer.reasons} />
      </dd>
    </div>
  );
}

/**
 * One submission on paper, for the consultation: who, the screening result and the
 * clinician's decision, every reason, the flagged answers, every other answer, the consent
 * and space to sign. Made to fit one page (two at most) of A4 or US Letter.
 */
export function SubmissionSummary({ submission, clinicName, timeZone, printedBy, printedAt }: SubmissionSummaryProps) {
  const { patient, consent } = submission;
  const model = buildSummaryModel(submission);
  const decision = submission.decisions[0];
  const fullName = `${patient.firstName} ${patient.lastName}`;
  const titleId = `summary-${submission.id}`;

  return (
    <article className="print-summary" aria-labelledby={titleId}>
      <header className="print-summary__header print-section">
        <div>
          <p className="print-summary__clinic">{clinicName}</p>
          <h2 id={titleId} className="print-summary__title">
            Microneedling screening summary
          </h2>
        </div>
        <dl className="print-summary__ids">
          <div>
            <dt>Reference</dt>
            <dd className="print-summary__reference">{submission.reference}</dd>
          </div>
          <div>
            <dt>Submitted</dt>
            <dd>{formatDateTime(submission.createdAt, timeZone)}</dd>
          </div>
        </dl>
      </header>

      <section className="print-section print-patient" aria-label="Patient">
        <p className="print-patient__name">{fullName}</p>
        <dl className="print-patient__details">
          <div>
            <dt>Date of birth</dt>
            <dd>
              {formatCalendarDate(patient.dateOfBirth)} (age {patient.age})
              {model.dateOfBirthReasons.length > 0 ? (
                <>
                  {" "}
                  <FlagMark reasons={model.dateOfBirthReasons} />
                </>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>Phone</dt>
            <dd>{patient.phone ?? ""}</dd>
          </div>
          <div>
            <dt>Email</dt>
            <dd>{patient.email}</dd>
          </div>
        </dl>
      </section>

      <section className="print-section print-result" aria-labelledby={`${titleId}-result`}>
        <h3 id={`${titleId}-result`} className="visually-hidden">
          Screening result and decision
        </h3>
        <dl className="print-result__grid">
          <div>
            <dt>Screening outcome</dt>
            <dd className="print-result__outcome">{OUTCOME_LABELS[submission.outcome]}</dd>
          </div>
          <div>
            <dt>Clinician&apos;s decision</dt>
            <dd>
              {decision ? (
                <>
                  <strong className="print-result__decision">{DECISION_LABELS[decision.decision]}</strong>
                  <span className="print-result__by">
                    {" "}
                    by {decision.decidedBy}, {formatDateTime(decision.createdAt, timeZone)}
                  </span>
                  {decision.note ? <span className="print-result__note">Note: {decision.note}</span> : null}
                </>
              ) : (
                <>
                  <strong className="print-result__decision">No decision yet</strong>
                  <span className="print-result__by"> ({REVIEW_STATUS_LABELS[submission.reviewStatus]})</span>
                </>
              )}
            </dd>
          </div>
        </dl>
      </section>

      <section className="print-section print-block" aria-labelledby={`${titleId}-reasons`}>
        <h3 id={`${titleId}-reasons`} className="print-block__title">
          Reasons ({submission.reasons.length})
        </h3>
        {submission.reasons.length === 0 ? (
          <p className="print-block__empty">None: no screening rule fired.</p>
        ) : (
          <ol className="print-reasons">
            {submission.reasons.map((reason) => (
              <li key={reason.rule} className="print-reasons__item">
                <span className="print-reasons__level">{levelLabel(reason.level, reason.temporary)}</span>{" "}
                <span className="print-reasons__note">{reason.clinicianNote}</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="print-section print-block" aria-labelledby={`${titleId}-treatment`}>
        <h3 id={`${titleId}-treatment`} className="print-block__title">
          Treatment wanted
        </h3>
        <dl className="print-answers print-answers--treatment">
          {model.treatment.map((answer) => (
            <Answer key={answer.id} answer={answer} />
          ))}
        </dl>
      </section>

      {model.flagged.length > 0 ? (
        <section className="print-block print-block--flagged" aria-labelledby={`${titleId}-flagged`}>
          <h3 id={`${titleId}-flagged`} className="print-block__title">
            <FlagIcon /> Flagged answers ({model.flagged.length})
          </h3>
          <dl className="print-answers print-answers--flagged">
            {model.flagged.map((answer) => (
              <FlaggedAnswer key={answer.id} answer={answer} />
            ))}
          </dl>
        </section>
      ) : null}

      <section className="print-block" aria-labelledby={`${titleId}-answers`}>
        <h3 id={`${titleId}-answers`} className="print-block__title">
          Other answers
        </h3>
        {model.others.map((step) => (
          <div key={step.title} className="print-answers__group">
            <h4 className="print-answers__step">{step.title}</h4>
            <dl className="print-answers">
              {step.answers.map((answer) => (
                <Answer key={answer.id} answer={answer} />
              ))}
            </dl>
          </div>
        ))}
      </section>

      <section className="print-section print-block" aria-labelledby={`${titleId}-consent`}>
        <h3 id={`${titleId}-consent`} className="print-block__title">
          Consent
        </h3>
        <ul className="print-consent">
          {model.consent.map((item) => (
            <li key={item.id}>
              <strong>{item.agreed ? "Agreed:" : "Not agreed:"}</strong> {item.label}
            </li>
          ))}
        </ul>
        {model.contact.length > 0 && (
          <p>
            {model.contact.map((item, index) => (
              <span key={item.id}>
                {index > 0 && "; "}
                {item.label}: <strong>{item.text}</strong>
              </span>
            ))}
          </p>
        )}
        <p className="print-consent__signature">
          Typed signature: <strong className="print-consent__name">{consent.signature}</strong>, signed{" "}
          {formatDateTime(consent.consentedAt, timeZone)}
        </p>
      </section>

      <section className="print-section print-sign" aria-labelledby={`${titleId}-sign`}>
        <h3 id={`${titleId}-sign`} className="print-block__title">
          {/* The name heads the sheet; the reference ties the signatures to it without repeating a long name. */}
          At the consultation ({submission.reference})
        </h3>
        <div className="print-sign__lines">
          <div className="print-sign__line">Clinician&apos;s signature</div>
          <div className="print-sign__line print-sign__line--date">Date</div>
          <div className="print-sign__line">Patient&apos;s signature</div>
          <div className="print-sign__line print-sign__line--date">Date</div>
        </div>
      </section>

      <footer className="print-summary__footer">
        Printed {formatDateTime(printedAt.toISOString(), timeZone)} by {printedBy}. Screening policy {submission.policyVersion},
        questionnaire version {submission.questionnaireVersion}. Confidential: patient information.
      </footer>
    </article>
  );
}
