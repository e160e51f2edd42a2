import "server-only";
import { z } from "zod";
import type { SubmissionCounts, SubmissionFilter, SubmissionPage } from "@/lib/submissions/types";
import { OUTCOMES, REVIEW_STATUSES, type Decision, type Outcome, type ReviewStatus } from "@/lib/vocabulary";
import type { Database } from "@/lib/server/db/client";
import { utcDayRange } from "@/lib/server/db/day-range";
import { cursorParam, encodeCursor, rowsAfter } from "@/lib/server/db/keyset-cursor";
import type { Prisma } from "@/lib/server/db/client";
import { dateParam as date } from "@/lib/server/http/query-params";

/** The list's query string, as `GET /api/submissions` and the staff pages take it. */
export const listQuerySchema = z.strictObject({
  outcome: z.enum(OUTCOMES, { message: "Use eligible, needs_review or not_suitable" }).optional(),
  /** One status, or several separated by commas (`new,in_review`: not yet decided). */
  status: z
    .string()
    .transform((value) => value.split(","))
    .pipe(z.array(z.enum(REVIEW_STATUSES, { message: "Use new, in_review or decided, separated by commas" })))
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

function whereFor(query: Search): Prisma.SubmissionWhereInput {
  const q = query.q?.toLowerCase();
  return {
    outcome: query.outcome,
    reviewStatus: query.status ? { in: query.status } : undefined,
    dateOfBirth: query.dateOfBirth,
    createdAt: utcDayRange(query.from, query.to),
    ...(q
      ? {
          OR: [
            { nameSearch: { contains: q } },
            { emailSearch: { contains: q } },
            { reference: { contains: q.toUpperCase() } },
          ],
        }
      : {}),
  };
}

/**
 * One page of submissions: filtered, newest first (or oldest first for the queue), with
 * each one's latest decision. Keyset pagination on (createdAt, id), so pages stay stable
 * while new submissions arrive.
 */
export async function listSubmissions(db: Database, query: SubmissionFilter): Promise<SubmissionPage> {
  const direction = query.order === "queue" ? "asc" : "desc";
  const rows = await db.submission.findMany({
    where: { AND: [whereFor(query), rowsAfter("createdAt", query.cursor, direction)] },
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
      reviewStatus: true,
      decisions: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { decision: true, createdAt: true, decidedBy: { select: { name: true } } },
      },
    },
  });
  const page = rows.slice(0, query.limit);
  return {
    items: page.map(({ decisions, ...row }) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      outcome: row.outcome as Outcome,
      reviewStatus: row.reviewStatus as ReviewStatus,
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
 * filters ("To review" is always the needs_review ones not yet decided).
 */
export async function countSubmissions(db: Database, query: Search): Promise<SubmissionCounts> {
  const base = whereFor({ ...query, status: undefined });
  const [toReview, byStatus] = await Promise.all([
    db.submission.count({
      where: { ...whereFor({ ...query, status: undefined, outcome: undefined }), outcome: "needs_review", reviewStatus: { in: ["new", "in_review"] } },
    }),
    db.submission.groupBy({ by: ["reviewStatus"], where: base, _count: { _all: true } }),
  ]);
  const status = Object.fromEntries(REVIEW_STATUSES.map((s) => [s, 0])) as Record<ReviewStatus, number>;
  for (const group of byStatus) status[group.reviewStatus as keyof typeof status] = group._count._all;
  return { toReview, all: status.new + status.in_review + status.decided, ...status };
}
