"use client";

import { useEffect, useRef } from "react";
import { useClinicTimeZone } from "@/components/ui/ClinicTimeZone";
import { OutcomeIcon } from "@/components/ui/OutcomeIcon";
import { PhoneLink } from "@/components/ui/PhoneLink";
import { nextStepParts, RESULT_HEADINGS, verdictOf } from "@/lib/submissions/result-words";
import type { Receipt } from "./submit-intake";
import { useDocumentTitle } from "./use-document-title";

interface ResultViewProps {
  receipt: Receipt;
  clinicName: string;
  clinicPhone: string;
  reviewContactDays: number;
  /** The clinic's online booking page (`BOOKING_URL`); without it an eligible patient is asked to call. */
  bookingUrl?: string;
}

// The clinic's calendar day, as on its records and its staff's screens.
const dateIn = (timeZone: string) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone });

function WhatHappensNext({ receipt, clinicPhone, reviewContactDays, bookingUrl }: Omit<ResultViewProps, "clinicName">) {
  return (
    <>
      <p>
        {nextStepParts(receipt, reviewContactDays, true, bookingUrl !== undefined).map((part, index) =>
          typeof part === "string" ? part : <PhoneLink key={index} phone={clinicPhone} />,
        )}
      </p>
      {receipt.outcome === "eligible" && bookingUrl !== undefined && (
        // The clinic's page as configured, with nothing of the patient's added; a new tab keeps this result (and its reference) open.
        <p className="no-print">
          <a href={bookingUrl} className="button" target="_blank" rel="noopener noreferrer">
            Book online<span className="visually-hidden">, opens in a new tab</span>
          </a>
        </p>
      )}
    </>
  );
}

/**
 * The outcome of the screening, from the server's answer only. On paper (the print button,
 * globals.css `@media print`) it is one page: the clinic, the date, the outcome, every
 * reason, what happens next, the reference and the phone number, without the site's chrome.
 */
export function ResultView({ receipt, clinicName, clinicPhone, reviewContactDays, bookingUrl }: ResultViewProps) {
  const verdict = verdictOf(receipt);
  const heading = RESULT_HEADINGS[verdict];
  const timeZone = useClinicTimeZone();
  useDocumentTitle(`${heading} – ${clinicName}`);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <div className="result">
      <div className="result__print-header print-only">
        <p className="result__clinic">{clinicName}</p>
        <p>
          Microneedling screening result, <time dateTime={receipt.createdAt}>{dateIn(timeZone).format(new Date(receipt.createdAt))}</time>
        </p>
      </div>
      <div className={`panel panel--${receipt.outcome}`}>
        <h1 ref={headingRef} tabIndex={-1} className="panel__title">
          <OutcomeIcon outcome={receipt.outcome} permanent={verdict === "not_suitable"} />
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
      <WhatHappensNext receipt={receipt} clinicPhone={clinicPhone} reviewContactDays={reviewContactDays} bookingUrl={bookingUrl} />
      <p>
        Your reference: <span className="reference">{receipt.reference}</span>
      </p>
      <p className="no-print">Write down your reference or print this page. Quote it when you contact us.</p>
      <p className="print-only">Quote your reference when you contact us.</p>
      <p>
        Clinic phone number: <PhoneLink phone={clinicPhone} />
      </p>
      <div className="button-group no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
    </div>
  );
}
