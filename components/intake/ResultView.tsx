"use client";

import { useEffect, useRef } from "react";
import { OutcomeIcon } from "@/components/ui/OutcomeIcon";
import { PhoneLink } from "@/components/ui/PhoneLink";
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

/**
 * The outcome in the patient's terms. "Not suitable" is told three ways: for good (any
 * exclusion that is not temporary), for now (each reason says when), or, when being under 18
 * is the only reason, not online until 18 (the clinic sees them in person with a guardian).
 */
type Verdict = "eligible" | "needs_review" | "not_suitable" | "not_now" | "under_18";

// The one rule whose way forward is not waiting but an appointment (screening-policy.md).
const UNDER_18 = "under_18";

function exclusionsOf(receipt: Receipt): Receipt["reasons"] {
  return receipt.reasons.filter((reason) => reason.level === "exclude");
}

function verdictOf(receipt: Receipt): Verdict {
  if (receipt.outcome !== "not_suitable") return receipt.outcome;
  const exclusions = exclusionsOf(receipt);
  // Only reasons that all say "for now" make it "not right now".
  if (exclusions.length === 0 || exclusions.some((reason) => !reason.temporary)) return "not_suitable";
  return exclusions.every((reason) => reason.rule === UNDER_18) ? "under_18" : "not_now";
}

const headings: Record<Verdict, string> = {
  eligible: "Good news: microneedling looks suitable for you",
  needs_review: "A clinician will look at your answers",
  not_suitable: "Microneedling is not suitable for you",
  not_now: "Microneedling isn't right for you right now",
  under_18: "We can't screen you online until you're 18",
};

// The patient's own calendar day; the result is only ever rendered in their browser.
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" });

interface NextProps {
  receipt: Receipt;
  verdict: Verdict;
  clinicPhone: string;
  reviewContactDays: number;
  bookingUrl: string | undefined;
}

function WhatHappensNext({ receipt, verdict, clinicPhone, reviewContactDays, bookingUrl }: NextProps) {
  const phone = <PhoneLink phone={clinicPhone} />;
  const underAge = exclusionsOf(receipt).some((reason) => reason.rule === UNDER_18);
  switch (verdict) {
    case "eligible":
      return bookingUrl !== undefined ? (
        <>
          <p>
            Book a consultation online, or call the clinic to book. A clinician will check your skin in person and talk
            you through the treatment before you decide.
          </p>
          {/* The clinic's page as configured, with nothing of the patient's added; a new tab keeps this result (and its reference) open. */}
          <p className="no-print">
            <a href={bookingUrl} className="button" target="_blank" rel="noopener noreferrer">
              Book online<span className="visually-hidden">, opens in a new tab</span>
            </a>
          </p>
        </>
      ) : (
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
    case "not_suitable":
      return (
        <p>
          We can&apos;t offer you microneedling. Our team is happy to talk to you about other treatments that may suit
          you: call the clinic on {phone}.{underAge && " As you're under 18, please come with a parent or guardian."}
        </p>
      );
    case "not_now":
      // An under-18 cannot screen online again whatever else passes: the way forward is the clinic.
      return underAge ? (
        <p>
          Call the clinic on {phone} to arrange an appointment with a parent or guardian. The clinic will tell you when
          the other reasons above allow treatment.
        </p>
      ) : (
        <p>
          We can&apos;t offer you microneedling right now. Each reason above says when it&apos;s worth screening again.
          If you have any questions, call the clinic on {phone}.
        </p>
      );
    case "under_18":
      return <p>Call the clinic on {phone} to arrange an appointment with a parent or guardian.</p>;
  }
}

/**
 * The outcome of the screening, from the server's answer only. On paper (the print button,
 * globals.css `@media print`) it is one page: the clinic, the date, the outcome, every
 * reason, what happens next, the reference and the phone number, without the site's chrome.
 */
export function ResultView({ receipt, clinicName, clinicPhone, reviewContactDays, bookingUrl }: ResultViewProps) {
  const verdict = verdictOf(receipt);
  const heading = headings[verdict];
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
          Microneedling screening result, <time dateTime={receipt.createdAt}>{dateFormat.format(new Date(receipt.createdAt))}</time>
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
      <WhatHappensNext receipt={receipt} verdict={verdict} clinicPhone={clinicPhone} reviewContactDays={reviewContactDays} bookingUrl={bookingUrl} />
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
