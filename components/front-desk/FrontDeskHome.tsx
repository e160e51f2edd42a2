import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { NextPageLink } from "@/components/ui/NextPageLink";
import { SubmissionFilters, type SearchFilters } from "@/components/submissions/SubmissionFilters";
import { BATCH_PRINT_FORM, SubmissionTable } from "@/components/submissions/SubmissionTable";
import type { SubmissionPage } from "@/lib/submissions/types";

interface FrontDeskHomeProps {
  filters: SearchFilters;
  /** True when staff searched; otherwise the list is today's submissions. */
  searching: boolean;
  page: SubmissionPage | null;
  /** Prints every submission of the day shown. */
  printDayHref: string;
  nextHref: string | null;
  firstHref: string | null;
}

/**
 * The front desk's home: today's submissions, or the results of a search by name, email,
 * reference, date of birth or date, each row with its printable summary.
 */
export function FrontDeskHome({ filters, searching, page, printDayHref, nextHref, firstHref }: FrontDeskHomeProps) {
  return (
    <>
      {filters.errors !== null && <ErrorSummary items={filters.errors.summary} />}
      <h1>Find a submission</h1>
      <SubmissionFilters
        values={filters.values}
        errors={filters.errors?.byField ?? {}}
        withOutcome={false}
        clearHref="/staff"
        action={filters.action}
        expired={filters.expired}
      />
      {page !== null && (
        <>
          <SubmissionTable
            items={page.items}
            caption={searching ? "Search results, newest first" : "Today's submissions, newest first"}
            withPrint
          />
          {page.items.length > 0 && (
            <form id={BATCH_PRINT_FORM} action="/staff/print" method="get" className="button-group">
              <button type="submit" className="button button--secondary">
                Print selected summaries
              </button>
              <a href={printDayHref}>Print all of today&apos;s summaries</a>
            </form>
          )}
          <NextPageLink nextHref={nextHref} firstHref={firstHref} />
        </>
      )}
    </>
  );
}
