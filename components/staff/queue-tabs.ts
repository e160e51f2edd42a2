import "server-only";
import type { Database } from "@/lib/server/db/client";
import { countSubmissions, listSubmissions, type ListQuery } from "@/lib/server/submissions/list-submissions";

type Counts = Awaited<ReturnType<typeof countSubmissions>>;

export interface QueueTab {
  id: string;
  label: string;
  /** The table's caption: what it lists, in which order. */
  caption: string;
  count: (counts: Counts) => number;
  list: (db: Database, query: ListQuery) => ReturnType<typeof listSubmissions>;
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
    list: (db, query) => listSubmissions(db, { ...query, outcome: "needs_review", status: ["new", "in_review"], order: "queue" }),
  },
  {
    id: "new",
    label: "New",
    caption: "New: not yet opened by a clinician, oldest first",
    count: (counts) => counts.new,
    list: (db, query) => listSubmissions(db, { ...query, status: ["new"], order: "queue" }),
  },
  {
    id: "in_review",
    label: "In review",
    caption: "In review: opened by a clinician, no decision yet, oldest first",
    count: (counts) => counts.in_review,
    list: (db, query) => listSubmissions(db, { ...query, status: ["in_review"], order: "queue" }),
  },
  {
    id: "decided",
    label: "Decided",
    caption: "Decided, newest first",
    count: (counts) => counts.decided,
    list: (db, query) => listSubmissions(db, { ...query, status: ["decided"], order: "newest" }),
  },
  {
    id: "all",
    label: "All",
    caption: "All submissions, newest first",
    count: (counts) => counts.all,
    list: (db, query) => listSubmissions(db, { ...query, status: undefined, order: "newest" }),
  },
];

/** The tab a `tab` parameter names; "To review" when it names none. */
export function queueTab(id: string): QueueTab {
  return QUEUE_TABS.find((tab) => tab.id === id) ?? QUEUE_TABS[0];
}
