"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { DateTime } from "@/components/ui/DateTime";
import { PhoneLink } from "@/components/ui/PhoneLink";
import type { ToContactItem } from "@/lib/follow-up/types";
import { displayValue } from "@/lib/questionnaire";
import { CONTACT_RESULT_LABELS } from "@/lib/vocabulary";
import { ContactAttemptForm } from "./ContactAttemptForm";

/**
 * The front desk's "To contact" list: each patient with how and when to contact them and
 * the attempts so far, and a form to record the next attempt. One form is open at a time,
 * so its fields and error links have one id on the page. After an attempt the page reloads
 * its data: a patient reached leaves the list, one with no answer shows the new attempt.
 */
export function ToContactList({ items }: { items: readonly ToContactItem[] }) {
  const router = useRouter();
  const [open, setOpen] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (recorded !== null) noticeRef.current?.focus();
  }, [recorded]);

  function onRecorded(message: string): void {
    setOpen(null);
    setRecorded(message);
    router.refresh();
  }

  return (
    <>
      {/* Kept outside the list, so it stays (with focus) when the patient leaves the list. */}
      <div ref={noticeRef} tabIndex={-1} role="status" className={recorded === null ? undefined : "notice notice--success"}>
        {recorded !== null && <p>{recorded}</p>}
      </div>
      {items.length === 0 ? (
        <p className="notice">The list is clear: there is nobody to contact.</p>
      ) : (
        <ol className="to-contact">
          {items.map((item) => {
            const name = `${item.firstName} ${item.lastName}`;
            const headingId = `patient-${item.submissionId}`;
            return (
              <li key={item.submissionId} className="to-contact__item">
                <h2 id={headingId} className="to-contact__name">
                  {name}
                </h2>
                <dl className="to-contact__details">
                  <div>
                    <dt>Contact by {item.contactBy === "phone" ? "phone" : "email"}</dt>
                    <dd>{item.contactBy === "phone" ? <PhoneLink phone={item.contactDetail} /> : <a href={`mailto:${item.contactDetail}`}>{item.contactDetail}</a>}</dd>
                  </div>
                  <div>
                    <dt>When</dt>
                    <dd>{item.contactTimes.length === 0 ? "Not asked (submitted before the question)" : displayValue("contactTimes", item.contactTimes)}</dd>
                  </div>
                  <div>
                    <dt>Reference</dt>
                    <dd>{item.reference}</dd>
                  </div>
                  <div>
                    <dt>Submitted</dt>
                    <dd>
                      <DateTime iso={item.createdAt} />
                    </dd>
                  </div>
                  <div>
                    <dt>Attempts</dt>
                    <dd>{item.attemptCount === 0 ? "None yet" : item.attemptCount}</dd>
                  </div>
                </dl>
                {item.attempts.length > 0 && (
                  <>
                    <h3 className="to-contact__history-title">Attempts so far, newest first</h3>
                    <ul className="to-contact__history">
                      {item.attempts.map((attempt) => (
                        <li key={attempt.id}>
                          <strong>{CONTACT_RESULT_LABELS[attempt.result]}</strong>, <DateTime iso={attempt.createdAt} />, by {attempt.by}
                          {attempt.note !== null && <>: {attempt.note}</>}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {open === item.submissionId ? (
                  <ContactAttemptForm submissionId={item.submissionId} patientName={name} onRecorded={onRecorded} />
                ) : (
                  // The name in the accessible name: a screen reader's list of buttons tells them apart.
                  <button type="button" className="button button--secondary" aria-label={`Record an attempt for ${name}`} onClick={() => setOpen(item.submissionId)}>
                    Record an attempt
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
