import { notFound } from "next/navigation";
import { PrintDocument } from "@/components/print/PrintDocument";
import { SubmissionSummary } from "@/components/print/SubmissionSummary";
import { getConfig } from "@/lib/server/config";
import { getDatabase } from "@/lib/server/db/client";
import { isValidText } from "@/lib/server/http/malformed-text";
import { authorizePage } from "@/lib/server/pages";
import { openSubmissionsForPrint } from "@/lib/server/submissions/open-submission";

// The title names no patient: it ends up in the browser's history and on the printout's header.
export const metadata = { title: "Print summary" };

/** One submission's summary for paper, for every staff role; each opening is audited as a print. */
export default async function PrintSubmissionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // "%00" in the path decodes to U+0000, which no record's id holds and PostgreSQL refuses.
  if (!isValidText(id)) notFound();
  const staff = await authorizePage("submissions.print", { recordId: id });
  const [submission] = await openSubmissionsForPrint(getDatabase(), staff, { ids: [id] });
  if (!submission) notFound();

  return (
    <PrintDocument heading={`Print summary ${submission.reference}`} backHref={`/staff/submissions/${id}`} backLabel="Back to the submission">
      <SubmissionSummary submission={submission} clinicName={getConfig().clinicName} timeZone={getConfig().clinicTimeZone} printedBy={staff.name} printedAt={new Date()} />
    </PrintDocument>
  );
}
