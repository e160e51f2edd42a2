import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StaffFrame } from "@/components/layout/StaffFrame";
import { AnswersByStep } from "@/components/review/AnswersByStep";
import { CaseSummary } from "@/components/review/CaseSummary";
import { ConsentDetails } from "@/components/review/ConsentDetails";
import { DecisionForm } from "@/components/review/DecisionForm";
import { DecisionHistory } from "@/components/review/DecisionHistory";
import { PatientDetails } from "@/components/review/PatientDetails";
import { ReasonList } from "@/components/review/ReasonList";
import { WithdrawalForm } from "@/components/review/WithdrawalForm";
import { WithdrawalHistory } from "@/components/review/WithdrawalHistory";
import { WithdrawnNotice } from "@/components/review/WithdrawnNotice";
import { OutcomeTag } from "@/components/submissions/OutcomeTag";
import { DateTime } from "@/components/ui/DateTime";
import { hrefWith, paramValue, type SearchParams } from "@/lib/search-params";
import { isAllowed } from "@/lib/staff/permissions";
import { queueTab, queueTabsFor, tabParam } from "@/lib/submissions/queue-tabs";
import { linkReasons } from "@/lib/submissions/reason-links";
import { REVIEW_STATUS_LABELS } from "@/lib/vocabulary";
import { getDatabase } from "@/lib/server/db/client";
import { isValidText } from "@/lib/server/http/malformed-text";
import { authorizePage, forPage } from "@/lib/server/pages";
import { getNextInQueue } from "@/lib/server/submissions/get-next-in-queue";
import { openSubmission } from "@/lib/server/submissions/open-submission";

// No patient name in the title: titles end up in browser history and tab lists.
export const metadata: Metadata = { title: "Submission" };

export const dynamic = "force-dynamic";

export default async function SubmissionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  // "%00" in the path decodes to U+0000, which no record's id holds and PostgreSQL refuses.
  if (!isValidText(id)) notFound();
  const staff = await authorizePage("submissions.view", { recordId: id });
  const submission = await forPage(openSubmission(getDatabase(), staff, { id }));
  const { patient, answers, reasons } = submission;
  const links = linkReasons(submission);
  // The newest entry of the history is the withdrawal in force while the status says so.
  const withdrawal = submission.reviewStatus === "withdrawn" ? submission.withdrawals[0] : undefined;
  const canWithdraw = isAllowed(staff.role, "submissions.withdraw");
  const canDecide = isAllowed(staff.role, "submissions.decide");
  // The queue's links carry the tab they were opened from, so the way back and "Next in
  // queue" stay in that tab.
  const tab = queueTab(paramValue(await searchParams, "tab"), queueTabsFor(staff.role));
  const queueHref = hrefWith("/staff", { tab: tabParam(tab) });
  const next = canDecide && !withdrawal ? await getNextInQueue(getDatabase(), staff, { tabId: tab.id, currentId: submission.id }) : null;
  return (
    <StaffFrame staff={staff}>
      <p>
        <Link href={staff.role === "front_desk" ? "/staff" : queueHref}>Back to {staff.role === "front_desk" ? "search" : "the queue"}</Link>
      </p>
      <h1>
        {patient.firstName} {patient.lastName}
      </h1>
      {withdrawal && <WithdrawnNotice withdrawal={withdrawal} canRestore={canWithdraw} />}
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

      {/* What a clinician decides on, then the form right under it: working through a queue
          of cases needs no scrolling past the full answers, which follow for reference. */}
      <CaseSummary submission={submission} />

      {canDecide &&
        (withdrawal ? (
          <p>A withdrawn submission takes no decision until an admin restores it to the queue.</p>
        ) : (
          <DecisionForm
            submissionId={submission.id}
            nextInQueue={{
              tabLabel: tab.label,
              queueHref,
              next: next && { href: hrefWith(`/staff/submissions/${next.id}`, { tab: tabParam(tab) }), reference: next.reference },
            }}
          />
        ))}

      <h2>Patient</h2>
      <PatientDetails patient={patient} />

      <h2>Reasons</h2>
      <p className="hint">Screening policy {submission.policyVersion}.</p>
      <ReasonList reasons={reasons} links={links} />

      <h2>Answers</h2>
      <AnswersByStep answers={answers} links={links} />

      <h2>Consent</h2>
      <ConsentDetails consent={submission.consent} />

      <h2>Decisions</h2>
      <DecisionHistory decisions={submission.decisions} />

      {submission.withdrawals.length > 0 && (
        <>
          <h2>Withdrawals</h2>
          <WithdrawalHistory withdrawals={submission.withdrawals} />
        </>
      )}

      {/* One place for both, so its confirmation stays when withdrawing turns it into restoring. */}
      {canWithdraw && <WithdrawalForm submissionId={submission.id} action={withdrawal ? "restore" : "withdraw"} />}
    </StaffFrame>
  );
}
