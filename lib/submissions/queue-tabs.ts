import { isAllowed, type Permission } from "@/lib/staff/permissions";
import type { Outcome, ReviewStatus, StaffRole } from "@/lib/vocabulary";
import type { SubmissionCounts, SubmissionFilter, SubmissionListItem } from "./types";

/** Tabs count up to this many submissions and read "1,000+" beyond it (see `countSubmissions`). */
export const COUNT_LIMIT = 1000;

/** A tab's count as shown: exact up to `COUNT_LIMIT`, then "1,000+". */
export function countLabel(count: number): string {
  return count > COUNT_LIMIT ? `${COUNT_LIMIT.toLocaleString("en-GB")}+` : count.toLocaleString("en-GB");
}

/** The same count in words for a screen reader, which may not read out a "+". */
export function countWords(count: number): string {
  return count > COUNT_LIMIT ? `more than ${countLabel(COUNT_LIMIT)} submissions` : `${countLabel(count)} submissions`;
}

/** No clinician's decision yet: not yet opened, or opened. */
export const UNDECIDED: readonly ReviewStatus[] = ["new", "in_review"];

/**
 * Whether a submission belongs in "To review": flagged, and no clinician has decided yet.
 * These are the cases that wait against the promise to contact (REVIEW_CONTACT_DAYS).
 */
export function isToReview({ outcome, reviewStatus }: Pick<SubmissionListItem, "outcome" | "reviewStatus">): boolean {
  return outcome === "needs_review" && UNDECIDED.includes(reviewStatus);
}

export interface QueueTab {
  id: string;
  label: string;
  /** The table's caption: what it lists, in which order. */
  caption: string;
  count: (counts: SubmissionCounts) => number;
  /** What the tab adds to the search: the list and its CSV export both use it. */
  filter: { outcome?: Outcome; status?: ReviewStatus[]; order: SubmissionFilter["order"] };
  /** Shown only to roles with this permission; every role that lists submissions sees the others. */
  permission?: Permission;
}

/**
 * The queue's tabs. Waiting work is listed oldest first, so nobody waits longest; finished
 * and all submissions newest first. The outcome filter applies except on "To review".
 */
export const QUEUE_TABS: readonly [QueueTab, ...QueueTab[]] = [
  {
    id: "to_review",
    label: "To review",
    caption: "To review: needing review, no decision yet, oldest first",
    count: (counts) => counts.toReview,
    filter: { outcome: "needs_review", status: [...UNDECIDED], order: "queue" },
  },
  {
    id: "new",
    label: "New",
    caption: "New: not yet opened by a clinician, oldest first",
    count: (counts) => counts.new,
    filter: { status: ["new"], order: "queue" },
  },
  {
    id: "in_review",
    label: "In review",
    caption: "In review: opened by a clinician, no decision yet, oldest first",
    count: (counts) => counts.in_review,
    filter: { status: ["in_review"], order: "queue" },
  },
  {
    id: "awaiting_information",
    label: "Awaiting information",
    caption: "Awaiting information: a GP letter, a prescriber or the patient, oldest first",
    count: (counts) => counts.awaiting_information,
    filter: { status: ["awaiting_information"], order: "queue" },
  },
  {
    id: "decided",
    label: "Decided",
    caption: "Decided, newest first",
    count: (counts) => counts.decided,
    filter: { status: ["decided"], order: "newest" },
  },
  {
    id: "all",
    label: "All",
    caption: "All submissions except withdrawn ones, newest first",
    count: (counts) => counts.all,
    filter: { order: "newest" },
  },
  {
    id: "withdrawn",
    label: "Withdrawn",
    caption: "Withdrawn from the queue as junk or duplicates, newest first",
    count: (counts) => counts.withdrawn,
    filter: { status: ["withdrawn"], order: "newest" },
    permission: "submissions.withdraw",
  },
];

/** The tabs a role sees: "Withdrawn" is for those who withdraw and restore. */
export function queueTabsFor(role: StaffRole): QueueTab[] {
  return QUEUE_TABS.filter((tab) => tab.permission === undefined || isAllowed(role, tab.permission));
}

/** The tab's list: the search with the tab's own filter on top. */
export function tabFilter(tab: QueueTab, filter: SubmissionFilter): SubmissionFilter {
  return { ...filter, ...tab.filter, outcome: tab.filter.outcome ?? filter.outcome, status: tab.filter.status };
}

/** The tab a `tab` parameter names among `tabs`; "To review" when it names none of them. */
export function queueTab(id: string | undefined, tabs: readonly QueueTab[] = QUEUE_TABS): QueueTab {
  return tabs.find((tab) => tab.id === id) ?? QUEUE_TABS[0];
}

/** The default tab is left out of links, so the queue's own address stays /staff. */
export function tabParam(tab: QueueTab): string | undefined {
  return tab === QUEUE_TABS[0] ? undefined : tab.id;
}
