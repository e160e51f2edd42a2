import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { NextPageLink } from "@/components/ui/NextPageLink";
import { SubmissionFilters, type SearchFilters } from "@/components/submissions/SubmissionFilters";
import { SubmissionTable } from "@/components/submissions/SubmissionTable";
import type { ContactPromise } from "@/components/submissions/WaitedCell";
import type { SubmissionPage } from "@/lib/submissions/types";
import { QueueTabs, type QueueTabLink } from "./QueueTabs";

interface ReviewQueueProps {
  /** What was typed in the filters, and what is wrong with it; no list is shown while anything is. */
  filters: SearchFilters;
  /** The tab shown, and the filter parameters it keeps in its form. */
  tab: { id: string; caption: string; withOutcome: boolean; hidden: Record<string, string>; clearHref: string };
  tabs: readonly QueueTabLink[];
  page: SubmissionPage | null;
  /** What the rows need to link back to this tab and to show the time waited. */
  queue: { tab: string | undefined; promise: ContactPromise };
  /** The CSV of this list, for roles that may export it. */
  exportHref: string | null;
  nextHref: string | null;
  firstHref: string | null;
}

/** The clinician's queue: tabs with counts, search and filters, and one page of submissions. */
export function ReviewQueue({ filters, tab, tabs, page, queue, exportHref, nextHref, firstHref }: ReviewQueueProps) {
  return (
    <>
      {filters.errors !== null && <ErrorSummary items={filters.errors.summary} />}
      <h1>Review queue</h1>
      <SubmissionFilters
        values={filters.values}
        errors={filters.errors?.byField ?? {}}
        hidden={tab.hidden}
        withOutcome={tab.withOutcome}
        clearHref={tab.clearHref}
        action={filters.action}
        expired={filters.expired}
      />
      {page !== null && (
        <>
          <QueueTabs currentId={tab.id} tabs={tabs} />
          <SubmissionTable items={page.items} caption={tab.caption} queue={queue} />
          {exportHref !== null && (
            <p>
              <a href={exportHref} download>
                Download this list as CSV
              </a>{" "}
              <span className="hint">(every page; no answers)</span>
            </p>
          )}
          <NextPageLink nextHref={nextHref} firstHref={firstHref} />
        </>
      )}
    </>
  );
}
