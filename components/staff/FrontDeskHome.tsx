import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { utcCalendarDate } from "@/lib/questionnaire";
import { getDatabase } from "@/lib/server/db/client";
import { listQuerySchema, listSubmissions } from "@/lib/server/submissions/list-submissions";
import { fieldErrors } from "./field-errors";
import { NextPageLink } from "./NextPageLink";
import { parseFilters } from "./parse-filters";
import { hrefWith, paramValues, type SearchParams } from "./search-params";
import { FILTER_FIELDS, SubmissionFilters } from "./SubmissionFilters";
import { BATCH_PRINT_FORM, SubmissionTable } from "./SubmissionTable";

/**
 * The front desk's home: today's submissions (UTC day), or the results of a search by
 * name, email, reference, date of birth or date, each row with its printable summary.
 */
export async function FrontDeskHome({ params }: { params: SearchParams }) {
  const values = paramValues(params, FILTER_FIELDS);
  const parsed = parseFilters(listQuerySchema, params);
  const errors = parsed.ok ? null : fieldErrors(parsed.issues, FILTER_FIELDS);
  const filters = <SubmissionFilters values={values} errors={errors?.byField ?? {}} withOutcome={false} clearHref="/staff" />;
  if (!parsed.ok) {
    return (
      <>
        {errors !== null && <ErrorSummary items={errors.summary} />}
        <h1>Find a submission</h1>
        {filters}
      </>
    );
  }

  const { q, dateOfBirth, from, to } = parsed.query;
  const searching = [q, dateOfBirth, from, to].some((value) => value !== undefined);
  const today = utcCalendarDate(new Date());
  const query = searching ? parsed.query : { ...parsed.query, from: today, to: today };
  const page = await listSubmissions(getDatabase(), { ...query, status: undefined, outcome: undefined, order: "newest" });
  const here = { q: values.q, dateOfBirth: values.dateOfBirth, from: values.from, to: values.to };
  return (
    <>
      <h1>Find a submission</h1>
      {filters}
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
          <a href={hrefWith("/staff/print", { date: today })}>Print all of today&apos;s summaries</a>
        </form>
      )}
      <NextPageLink
        nextHref={page.nextCursor === null ? null : hrefWith("/staff", { ...here, cursor: page.nextCursor })}
        firstHref={query.cursor === undefined ? null : hrefWith("/staff", here)}
      />
    </>
  );
}
