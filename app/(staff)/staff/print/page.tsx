import Link from "next/link";
import { PrintDocument } from "@/components/print/PrintDocument";
import { SubmissionSummary } from "@/components/print/SubmissionSummary";
import type { SearchParams } from "@/lib/search-params";
import { formatCalendarDate } from "@/lib/time-zone";
import { getConfig } from "@/lib/server/config";
import { getDatabase } from "@/lib/server/db/client";
import { validateSearchParams } from "@/lib/server/http/read-input";
import { authorizePage } from "@/lib/server/pages";
import { listSubmissions } from "@/lib/server/submissions/list-submissions";
import { openSubmissionsForPrint } from "@/lib/server/submissions/open-submission";
import { batchQuerySchema, MAX_BATCH } from "./batch-query";

export const metadata = { title: "Print summaries" };

const BACK = { href: "/staff", label: "Back to the list" } as const;

/**
 * Several summaries as one document, each on a new sheet: `?ids=<id>,<id>` (at most 50)
 * or `?date=YYYY-MM-DD` (that day's submissions, oldest first). Every summary printed is
 * audited as a print of its submission.
 */
export default async function BatchPrintPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await authorizePage("submissions.print");
  const { id, ...params } = await searchParams;
  // The front desk's list posts its ticked rows as repeated `id`s; links use `ids=a,b`.
  const parsed = validateSearchParams(batchQuerySchema, id === undefined ? params : { ...params, ids: [id].flat().join(",") });
  if (!parsed.ok) {
    return (
      <>
        <Link href={BACK.href}>{BACK.label}</Link>
        <h1>This print link doesn&apos;t work</h1>
        <ul className="list">
          {parsed.issues.map((issue) => (
            <li key={`${issue.path}-${issue.message}`}>{issue.message}</li>
          ))}
        </ul>
      </>
    );
  }

  const query = parsed.data;
  const db = getDatabase();
  const notices: string[] = [];
  let ids: readonly string[];
  if (query.ids) {
    ids = query.ids;
  } else {
    const day = await listSubmissions(db, { from: query.date, to: query.date, order: "queue", limit: MAX_BATCH });
    ids = day.items.map((item) => item.id);
    if (day.nextCursor) notices.push(`That day has more than ${MAX_BATCH} submissions: these are the first ${MAX_BATCH}.`);
  }

  const summaries = await openSubmissionsForPrint(db, staff, { ids });
  const missing = ids.length - summaries.length;
  if (missing > 0) notices.push(`${missing} of the chosen submissions ${missing === 1 ? "was" : "were"} not found and will not print.`);

  const heading = query.date
    ? `Print the submissions of ${formatCalendarDate(query.date)}`
    : `Print ${summaries.length} ${summaries.length === 1 ? "summary" : "summaries"}`;
  if (summaries.length === 0) {
    return (
      <>
        <Link href={BACK.href}>{BACK.label}</Link>
        <h1>{heading}</h1>
        <p>{query.date ? "There are no submissions on that day." : "None of the chosen submissions was found."}</p>
      </>
    );
  }

  const printedAt = new Date();
  const { clinicName, clinicTimeZone } = getConfig();
  return (
    <PrintDocument heading={heading} backHref={BACK.href} backLabel={BACK.label} notices={notices}>
      {summaries.map((submission) => (
        <SubmissionSummary key={submission.id} submission={submission} clinicName={clinicName} timeZone={clinicTimeZone} printedBy={staff.name} printedAt={printedAt} />
      ))}
    </PrintDocument>
  );
}
