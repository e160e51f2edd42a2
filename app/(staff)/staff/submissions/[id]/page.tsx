import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswersByStep } from "@/components/staff/AnswersByStep";
import { ConsentDetails } from "@/components/staff/ConsentDetails";
import { DateTime } from "@/components/staff/DateTime";
import { DecisionForm } from "@/components/staff/DecisionForm";
import { DecisionHistory } from "@/components/staff/DecisionHistory";
import { OutcomeTag } from "@/components/staff/OutcomeTag";
import { PatientDetails } from "@/components/staff/PatientDetails";
import { ReasonList } from "@/components/staff/ReasonList";
import { StaffFrame } from "@/components/staff/StaffFrame";
import { REVIEW_STATUS_LABELS } from "@/lib/review";
import { flaggedQuestions } from "@/lib/screening";
import { clientIpAddress } from "@/lib/server/audit/audit-event";
import { isAllowed } from "@/lib/server/auth/authorize";
import { authorizePage } from "@/lib/server/auth/authorize-page";
import { getDatabase } from "@/lib/server/db/client";
import { getSubmission } from "@/lib/server/submissions/get-submission";

// No patient name in the title: titles end up in browser history and tab lists.
export const metadata: Metadata = { title: "Submission" };

export const dynamic = "force-dynamic";

export default async function SubmissionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const staff = await authorizePage("submissions.view", { recordId: id });
  const submission = await getSubmission(getDatabase(), staff, id, {
    purpose: "view",
    ipAddress: clientIpAddress(await headers()),
  });
  if (submission === null) notFound();

  const { patient, answers, reasons } = submission;
  const answersBehind = flaggedQuestions({ patient, answers }, reasons);
  const reasonNumbers = new Map(reasons.map((reason, index) => [reason.rule, index + 1]));
  return (
    <StaffFrame staff={staff}>
      <p>
        <Link href="/staff">Back to {staff.role === "front_desk" ? "search" : "the queue"}</Link>
      </p>
      <h1>
        {patient.firstName} {patient.lastName}
      </h1>
      <dl className="key-facts">
        <div>
          <dt>Reference</dt>
          <dd className="reference">{submission.reference}</dd>
        </div>
        <div>
          <dt>Submitted</dt>
          <dd>
            <DateTime iso={submission.createdAt} />
          </dd>
        </div>
        <div>
          <dt>Outcome</dt>
          <dd>
            <OutcomeTag outcome={submission.outcome} />
          </dd>
        </div>
        <div>
          <dt>Review status</dt>
          <dd>{REVIEW_STATUS_LABELS[submission.reviewStatus]}</dd>
        </div>
      </dl>
      <p>
        <Link className="button button--secondary" href={`/staff/submissions/${submission.id}/print`}>
          Print summary
        </Link>
      </p>

      <h2>Patient</h2>
      <PatientDetails patient={patient} />

      <h2>Reasons</h2>
      <p className="hint">Screening policy {submission.policyVersion}.</p>
      <ReasonList reasons={reasons} answersBehind={answersBehind} />

      <h2>Answers</h2>
      <AnswersByStep answers={answers} answersBehind={answersBehind} reasonNumbers={reasonNumbers} />

      <h2>Consent</h2>
      <ConsentDetails consent={submission.consent} />

      <h2>Decisions</h2>
      <DecisionHistory decisions={submission.decisions} />

      {isAllowed(staff.role, "submissions.decide") && <DecisionForm submissionId={submission.id} />}
    </StaffFrame>
  );
}
