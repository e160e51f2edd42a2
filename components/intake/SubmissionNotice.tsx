"use client";

import { useEffect, useRef } from "react";
import { PhoneLink } from "@/components/ui/PhoneLink";
import type { Submission } from "./intake-reducer";
import type { SubmitProblem } from "./submit-intake";

/** Problems that can pass if the patient simply tries again. */
export function isRetryable(problem: SubmitProblem): boolean {
  return problem === "network" || problem === "server" || problem === "busy";
}

function ProblemMessage({ problem, clinicPhone }: { problem: SubmitProblem; clinicPhone: string }) {
  switch (problem) {
    case "network":
      return <>We couldn&apos;t reach the clinic&apos;s server. Your answers are still here. Check your connection and try again.</>;
    case "server":
      return (
        <>
          Something went wrong on our side. Your answers are still here, so please try again in a few minutes. If it
          keeps happening, call us on <PhoneLink phone={clinicPhone} />.
        </>
      );
    case "busy":
      return (
        <>
          Many screenings have been sent from your internet connection in a short time, so the clinic is pausing new ones
          from it. Your answers are still here. Wait a few minutes, then try again, or call us on{" "}
          <PhoneLink phone={clinicPhone} />.
        </>
      );
    case "conflict":
      return (
        <>
          We had already received an earlier version of your answers, so we couldn&apos;t send these changes. Please call
          us on <PhoneLink phone={clinicPhone} /> so we can update them.
        </>
      );
    case "rejected":
      return (
        <>
          We couldn&apos;t accept your answers. Please call us on <PhoneLink phone={clinicPhone} /> and we&apos;ll help
          you.
        </>
      );
  }
}

function FailureNotice({ problem, clinicPhone }: { problem: SubmitProblem; clinicPhone: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // The submit button was disabled while sending, which can drop focus; bring it back next to the buttons.
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} className="notice notice--error" role="alert" tabIndex={-1}>
      <p>
        <ProblemMessage problem={problem} clinicPhone={clinicPhone} />
      </p>
    </div>
  );
}

/** What happened to the last attempt to send the answers, for sighted and screen reader users. */
export function SubmissionNotice({ submission, clinicPhone }: { submission: Submission; clinicPhone: string }) {
  return (
    <>
      {/* Always rendered: a live region announces changes only if it already exists. */}
      <p role="status" className="visually-hidden">
        {submission.status === "sending" ? "Sending your answers. Please wait." : ""}
      </p>
      {submission.status === "failed" && <FailureNotice problem={submission.problem} clinicPhone={clinicPhone} />}
    </>
  );
}
