import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { getDatabase } from "@/lib/server/db/client";
import { isAllowed } from "@/lib/server/auth/authorize";
import type { StaffSession } from "@/lib/server/auth/staff-session";
import { countSubmissions, listQuerySchema, listSubmissions } from "@/lib/server/submissions/list-submissions";
import { fieldErrors } from "./field-errors";
import { NextPageLink } from "./NextPageLink";
import { parseFilters } from "./parse-filters";
import { QUEUE_TABS, queueTab, tabQuery, type QueueTab } from "./queue-tabs";
import { QueueTabs } from "./QueueTabs";
import { hrefWith, paramValues, type SearchParams } from "./search-params";
import { FILTER_FIELDS, SubmissionFilters } from "./SubmissionFilters";
import { SubmissionTable } from "./SubmissionTable";

/** The clinician's queue: tabs with counts, search and filters, and one page of submissions. */
export async function ReviewQueue({ params, staff }: { params: SearchParams; staff: StaffSession }) {
  // The tab is the page's own parameter; the others are the list's filters.
  const { tab: tabParam, ...filterParams } = params;
  const tab = queueTab(typeof tabParam === "string" ? tabParam : "");
  const toReview = tab === QUEUE_TABS[0];
  // The default tab is left out of links, so the queue's own address stays /staff.
  const tabValue = (candidate: QueueTab) => (candidate === QUEUE_TABS[0] ? undefined : candidate.id);
  const values = paramValues(filterParams, FILTER_FIELDS);
  const search = { q: values.q, dateOfBirth: values.dateOfBirth, from: values.from, to: values.to };
  const parsed = parseFilters(listQuerySchema, filterParams);
  const errors = parsed.ok ? null : fieldErrors(parsed.issues, FILTER_FIELDS);

  const filters = (
    <SubmissionFilters
      values={values}
      errors={errors?.byField ?? {}}
      hidden={toReview ? {} : { tab: tab.id }}
      withOutcome={!toReview}
      clearHref={hrefWith("/staff", { tab: tabValue(tab) })}
    />
  );
  if (!parsed.ok) {
    return (
      <>
        {errors !== null && <ErrorSummary items={errors.summary} />}
        <h1>Review queue</h1>
        {filters}
      </>
    );
  }

  const db = getDatabase();
  const listed = tabQuery(tab, parsed.query);
  const [counts, page] = await Promise.all([countSubmissions(db, parsed.query), listSubmissions(db, listed)]);
  const here = { ...search, tab: tabValue(tab), outcome: toReview ? undefined : values.outcome };
  return (
    <>
      <h1>Review queue</h1>
      {filters}
      <QueueTabs
        currentId={tab.id}
        tabs={QUEUE_TABS.map((candidate) => ({
          id: candidate.id,
          label: candidate.label,
          count: candidate.count(counts),
          href: hrefWith("/staff", { ...search, tab: tabValue(candidate) }),
        }))}
      />
      <SubmissionTable items={page.items} caption={tab.caption} />
      {isAllowed(staff.role, "submissions.export") && (
        <p>
          <a
            href={hrefWith("/api/submissions/export", {
              ...search,
              outcome: listed.outcome,
              status: listed.status?.join(","),
            })}
            download
          >
            Download this list as CSV
          </a>{" "}
          <span className="hint">(every page; no answers)</span>
        </p>
      )}
      <NextPageLink
        nextHref={page.nextCursor === null ? null : hrefWith("/staff", { ...here, cursor: page.nextCursor })}
        firstHref={parsed.query.cursor === undefined ? null : hrefWith("/staff", here)}
      />
    </>
  );
}
