import type { Metadata } from "next";
import { FrontDeskHome } from "@/components/front-desk/FrontDeskHome";
import { StaffFrame } from "@/components/layout/StaffFrame";
import { ReviewQueue } from "@/components/review/ReviewQueue";
import { FILTER_FIELDS } from "@/components/submissions/SubmissionFilters";
import { fieldErrors } from "@/components/ui/field-errors";
import { hrefWith, paramValue, paramValues, type SearchParams } from "@/lib/search-params";
import { isAllowed } from "@/lib/staff/permissions";
import type { Actor } from "@/lib/staff/types";
import { QUEUE_TABS, queueTab, queueTabsFor, tabFilter, tabParam } from "@/lib/submissions/queue-tabs";
import { clinicDate } from "@/lib/server/clinic-date";
import { getConfig } from "@/lib/server/config";
import { getDatabase } from "@/lib/server/db/client";
import { validateSearchParams } from "@/lib/server/http/read-input";
import { authorizePage } from "@/lib/server/pages";
import { countSubmissions, listQuerySchema, listSubmissions } from "@/lib/server/submissions/list-submissions";
import { withSavedSearch } from "@/lib/server/submissions/staff-search";
import { searchSubmissions } from "./search-action";

export const metadata: Metadata = { title: "Staff" };

export const dynamic = "force-dynamic";

/** Each role's home: the review queue for clinicians and admins, today's list and search for the front desk. */
export default async function StaffHomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await authorizePage("submissions.list");
  // The patient's details come from the search saved on the server; the URL has its id.
  const { params, searchId, expired } = await withSavedSearch(getDatabase(), staff, await searchParams);
  const search = { searchId, expired };
  return (
    <StaffFrame staff={staff} current="home">
      {staff.role === "front_desk" ? <FrontDesk params={params} search={search} /> : <Queue params={params} search={search} staff={staff} />}
    </StaffFrame>
  );
}

/** The saved search behind the list: its id for the list's links, and whether it has ended. */
type SavedSearch = { searchId: string | undefined; expired: boolean };

async function Queue({ params, search: saved, staff }: { params: SearchParams; search: SavedSearch; staff: Actor }) {
  // The tab is the page's own parameter; the others are the list's filters.
  const filterParams = Object.fromEntries(Object.entries(params).filter(([key]) => key !== "tab"));
  const tabs = queueTabsFor(staff.role);
  const tab = queueTab(paramValue(params, "tab"), tabs);
  const toReview = tab === QUEUE_TABS[0];
  const values = paramValues(filterParams, FILTER_FIELDS);
  const search = { search: saved.searchId, from: values.from, to: values.to };
  const parsed = validateSearchParams(listQuerySchema, filterParams);

  const db = getDatabase();
  const listed = parsed.ok ? tabFilter(tab, parsed.data) : null;
  const [counts, page] = parsed.ok && listed ? await Promise.all([countSubmissions(db, parsed.data), listSubmissions(db, listed)]) : [null, null];
  const here = { ...search, tab: tabParam(tab), outcome: toReview ? undefined : values.outcome };
  const promise = { now: new Date().toISOString(), contactDays: getConfig().reviewContactDays, timeZone: getConfig().clinicTimeZone };
  return (
    <ReviewQueue
      filters={{ values, errors: parsed.ok ? null : fieldErrors(parsed.issues, FILTER_FIELDS), action: searchSubmissions, expired: saved.expired }}
      tab={{
        id: tab.id,
        caption: tab.caption,
        withOutcome: !toReview,
        hidden: toReview ? {} : { tab: tab.id },
        clearHref: hrefWith("/staff", { tab: tabParam(tab) }),
      }}
      tabs={tabs.map((candidate) => ({
        id: candidate.id,
        label: candidate.label,
        count: counts ? candidate.count(counts) : 0,
        href: hrefWith("/staff", { ...search, tab: tabParam(candidate) }),
      }))}
      page={page}
      queue={{ tab: tabParam(tab), promise }}
      exportHref={
        listed && isAllowed(staff.role, "submissions.export")
          ? hrefWith("/api/submissions/export", { ...search, outcome: listed.outcome, status: listed.status?.join(",") })
          : null
      }
      nextHref={page?.nextCursor ? hrefWith("/staff", { ...here, cursor: page.nextCursor }) : null}
      firstHref={paramValue(params, "cursor") === "" ? null : hrefWith("/staff", here)}
    />
  );
}

async function FrontDesk({ params, search: saved }: { params: SearchParams; search: SavedSearch }) {
  const values = paramValues(params, FILTER_FIELDS);
  const parsed = validateSearchParams(listQuerySchema, params);
  // The clinic's day: a front desk in California still sees the 19th at 23:30 there.
  const today = clinicDate(new Date());
  const searching = [values.q, values.dateOfBirth, values.from, values.to].some((value) => value !== "");
  const page = parsed.ok
    ? await listSubmissions(getDatabase(), {
        ...parsed.data,
        ...(searching ? {} : { from: today, to: today }),
        status: undefined,
        outcome: undefined,
        order: "newest",
      })
    : null;
  const here = { search: saved.searchId, from: values.from, to: values.to };
  return (
    <FrontDeskHome
      filters={{ values, errors: parsed.ok ? null : fieldErrors(parsed.issues, FILTER_FIELDS), action: searchSubmissions, expired: saved.expired }}
      searching={searching}
      page={page}
      printDayHref={hrefWith("/staff/print", { date: today })}
      nextHref={page?.nextCursor ? hrefWith("/staff", { ...here, cursor: page.nextCursor }) : null}
      firstHref={paramValue(params, "cursor") === "" ? null : hrefWith("/staff", here)}
    />
  );
}
