"use client";

import { useEffect, useRef } from "react";
import { OutcomeIcon } from "@/components/ui/OutcomeIcon";
import { PhoneLink } from "@/components/ui/PhoneLink";
import type { Outcome } from "@/lib/vocabulary";
import type { Receipt } from "./submit-intake";
import { useDocumentTitle } from "./use-document-title";

interface ResultViewProps {
  receipt: Receipt;
  clinicName: string;
  clinicPhone: string;
  reviewContactDays: number;
}

const headings: Record<Outcome, string> = {
  eligible: "Good news: microneedling looks suitable for you",
  needs_review: "A clinician will look at your answers",
  not_suitable: "Microneedling isn't right for you at the moment",
};

function WhatHappensNext({ receipt, reviewContactDays }: Pick<ResultViewProps, "receipt" | "reviewContactDays">) {
  switch (receipt.outcome) {
    case "eligible":
      return (
        <p>
          Call the clinic to book a consultation. A clinician will check your skin in person and talk you through the
          treatment before you decide.
        </p>
      );
    case "needs_review": {
      const days = reviewContactDays === 1 ? "1 working day" : `${reviewContactDays} working days`;
      return (
        <p>
          A clinician will contact you within {days} to talk about your answers. You don&apos;t need to do anything
          until then.
        </p>
      );
    }
    case "not_suitable": {
      // "Not right now" reasons say when it is worth screening again; the others never pass.
      const onlyForNow = receipt.reasons.every((reason) => reason.level !== "exclude" || reason.temporary);
      return onlyForNow ? (
        <p>
          We can&apos;t offer microneedling right now. You&apos;re welcome to screen again after the time given above. If
          you have any questions, call the clinic.
        </p>
      ) : (
        <p>
          We can&apos;t offer microneedling. Our team is happy to talk to you about other treatments that may suit you:
          call the clinic.
        </p>
      );
    }
  }
}

/** The outcome of the screening, from the server's answer only; it cannot be opened again later. */
export function ResultView({ receipt, clinicName, clinicPhone, reviewContactDays }: ResultViewProps) {
  const heading = headings[receipt.outcome];
  useDocumentTitle(`${heading} – ${clinicName}`);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <>
      <div className={`panel panel--${receipt.outcome}`}>
        <h1 ref={headingRef} tabIndex={-1} className="panel__title">
          <OutcomeIcon outcome={receipt.outcome} />
          <span>{heading}</span>
        </h1>
      </div>
      {receipt.reasons.length > 0 && (
        <>
          <h2>About your answers</h2>
          <ul className="list">
            {receipt.reasons.map((reason, index) => (
              // The list never changes once shown, and two rules may share a message.
              <li key={index}>{reason.patientMessage}</li>
            ))}
          </ul>
        </>
      )}
      <h2>What happens next</h2>
      <WhatHappensNext receipt={receipt} reviewContactDays={reviewContactDays} />
      <p>
        Your reference: <span className="reference">{receipt.reference}</span>
      </p>
      <p>Please write it down or take a screenshot: this page can&apos;t be opened again. Quote it when you contact us.</p>
      <p>
        Clinic phone number: <PhoneLink phone={clinicPhone} />
      </p>
    </>
  );
}
