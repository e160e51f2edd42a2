import "server-only";
import { z } from "zod";
import { ageOn } from "@/lib/questionnaire";
import { clinicDate } from "@/lib/server/clinic-date";
import type { Reason } from "@/lib/screening";
import { COUNT_LIMIT, UNDECIDED } from "@/lib/submissions/queue-tabs";
import type { SubmissionCounts, SubmissionFilter, SubmissionPage } from "@/lib/submissions/types";
import { OUTCOMES, REVIEW_STATUSES, type Decision, type FollowUpState, type Outcome, type ReviewStatus } from "@/lib/vocabulary";
import type { Database } from "@/lib/server/db/client";
import { clinicDayRange } from "@/lib/server/db/day-range";
import { cursorParam, encodeCursor, rowsAfter } from "@/lib/server/db/keyset-cursor";
import type { Prisma } from "@/lib/server/db/client";
import { dateParam as date } from "@/lib/server/http/query-params";
import { searchText, type Match, type SearchText } from "./search";

/** The list's query string, as `GET /api/submissions` and the staff pages take it. */
export const listQuerySchema = z.strictObject({
  outcome: z.enum(OUTCOMES, { message: "Use eligible, needs_review or not_suitable" }).optional(),
  /** One status, or several separated by commas (`new,in_review`: not yet decided). */
  status: z
    .string()
    .transform((value) => value.split(","))
    .pipe(
      z.array(
        z.enum(REVIEW_STATUSES, { message: "Use new, in_review, awaiting_information, decided or withdrawn, separated by commas" }),
      ),
    )
    .optional(),
  q: z.string().trim().max(100, { message: "Use 100 characters or fewer" }).optional(),
  dateOfBirth: date.optional(),
  from: date.optional(),
  to: date.optional(),
  /** `queue`: oldest first, so that nobody waits longest. The default is newest first. */
  order: z.enum(["newest", "queue"], { message: "Use newest or queue" }).default("newest"),
  cursor: cursorParam.optional(),
  limit: z.coerce.number({ message: "Use a whole number from 1 to 100" }).int().min(1).max(100, { message: "Use at most 100" }).default(25),
});
listQuerySchema satisfies z.ZodType<SubmissionFilter, unknown>;

/** The filters of a search, without its order and page. */
type Search = Omit<SubmissionFilter, "order" | "cursor" | "limit">;

/** The search's text looked up once, for a list or for all its counts. */
function lookUpText(db: Database, query: Search): Promise<SearchText | undefined> {
  return query.q ? searchText(db, query.q) : Promise.resolve(undefined);
}

function textCondition(text: SearchText | undefined): Prisma.SubmissionWhereInput {
  if (text === undefined) return {};
  return "matches" in text ? { id: { in: text.matches.map(({ id }) => id) } } : text.ranges;
}

function whereFor(query: Search, text: Prisma.SubmissionWhereInput): Prisma.SubmissionWhereInput {
  return {
    outcome: query.outcome,
    dateOfBirth: query.dateOfBirth,
    createdAt: clinicDayRange(query.from, query.to),
    ...text,
    // Withdrawn junk is listed only when its status is asked for: never in "All", a search,
    // the front desk's day or an export.
    reviewStatus: query.status ? { in: query.status } : { not: "withdrawn" },
  };
}

/**
 * One page of submissions: filtered, newest first (or oldest first for the queue), with
 * each one's age on `now`'s date, the ids of its reasons and its latest decision. Keyset
 * pagination on (createdAt, id), so pages stay stable while new submissions arrive.
 */
export async function listSubmissions(db: Database, query: SubmissionFilter, { now = new Date() }: { now?: Date } = {}): Promise<SubmissionPage> {
  const direction = query.order === "queue" ? "asc" : "desc";
  const rows = await db.submission.findMany({
    where: { AND: [whereFor(query, textCondition(await lookUpText(db, query))), rowsAfter("createdAt", query.cursor, direction)] },
    orderBy: [{ createdAt: direction }, { id: direction }],
    take: query.limit + 1,
    select: {
      id: true,
      reference: true,
      createdAt: true,
      firstName: true,
      lastName: true,
      dateOfBirth: true,
      email: true,
      outcome: true,
      reasons: true,
      reviewStatus: true,
      followUp: true,
      decisions: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { decision: true, createdAt: true, decidedBy: { select: { name: true } } },
      },
    },
  });
  const page = rows.slice(0, query.limit);
  const today = clinicDate(now);
  return {
    items: page.map(({ decisions, reasons, ...row }) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      age: ageOn(row.dateOfBirth, today),
      outcome: row.outcome as Outcome,
      reasons: (reasons as unknown as Reason[]).map((reason) => reason.rule),
      reviewStatus: row.reviewStatus as ReviewStatus,
      followUp: row.followUp as FollowUpState | null,
      latestDecision: decisions[0]
        ? {
            decision: decisions[0].decision as Decision,
            decidedBy: decisions[0].decidedBy.name,
            createdAt: decisions[0].createdAt.toISOString(),
          }
        : null,
    })),
    nextCursor: nextCursorOf(page, rows.length > query.limit),
  };
}

function nextCursorOf(page: readonly { id: string; createdAt: Date }[], more: boolean): string | null {
  const last = page.at(-1);
  return more && last ? encodeCursor(last.createdAt, last.id) : null;
}

/**
 * How many submissions each tab of the queue holds, under the same search and outcome
 * filters ("To review" is always the needs_review ones not yet decided). Each tab counts at
 * most `COUNT_LIMIT + 1` rows on its own index range: one more than the limit is enough to
 * show "1,000+", and a count then costs the same at 100 rows as at 10 million, where
 * counting every decided row would grow with the clinic's history.
 */
export async function countSubmissions(db: Database, query: Search): Promise<SubmissionCounts> {
  const text = await lookUpText(db, query);
  // A search's few matches are already read: counted here, by the same filters, with no
  // query at all (by id, each count would sort them; with a status beside the ids, the
  // planner may walk that status's whole index instead).
  const count =
    text !== undefined && "matches" in text
      ? async (where: Search) => text.matches.filter(passes(where)).length
      : // With `take`, Prisma orders the rows it counts (by id unless told). In the status
        // indexes' own order, no count sorts its range, "To review"'s two statuses included.
        (where: Search) =>
          db.submission.count({
            where: whereFor(where, textCondition(text)),
            orderBy: [{ reviewStatus: "asc" }, { createdAt: "asc" }, { id: "asc" }],
            take: COUNT_LIMIT + 1,
          });
  const [toReview, all, ...byStatus] = await Promise.all([
    count({ ...query, outcome: "needs_review", status: [...UNDECIDED] }),
    count({ ...query, status: undefined }),
    ...REVIEW_STATUSES.map((status) => count({ ...query, status: [status] })),
  ]);
  const statusCounts = Object.fromEntries(REVIEW_STATUSES.map((status, index) => [status, byStatus[index] ?? 0])) as Record<ReviewStatus, number>;
  return { toReview: toReview ?? 0, all: all ?? 0, ...statusCounts };
}

/** `whereFor`'s filters as a test of a match the search has read (its text already matched). */
function passes(query: Search): (match: Match) => boolean {
  const { gte, lt } = clinicDayRange(query.from, query.to);
  return (match) =>
    (query.outcome === undefined || match.outcome === query.outcome) &&
    (query.dateOfBirth === undefined || match.dateOfBirth === query.dateOfBirth) &&
    (gte === undefined || match.createdAt >= gte) &&
    (lt === undefined || match.createdAt < lt) &&
    (query.status ? query.status.includes(match.reviewStatus as ReviewStatus) : match.reviewStatus !== "withdrawn");
}
