import { afterAll, describe, expect, it } from "vitest";
import type { Answers } from "@/lib/questionnaire";
import { defaultPolicy } from "@/lib/screening";
import { UNDECIDED } from "@/lib/submissions/queue-tabs";
import type { SubmissionCounts } from "@/lib/submissions/types";
import { REVIEW_STATUSES, type Outcome, type ReviewStatus } from "@/lib/vocabulary";
import { getDatabase, type Prisma } from "@/lib/server/db/client";
import { clinicDayRange } from "@/lib/server/db/day-range";
import { createSubmission } from "@/lib/server/submissions/create-submission";
import { countSubmissions } from "@/lib/server/submissions/list-submissions";
import { intakeWith } from "@/tests/fixtures/intake";

const db = getDatabase();
afterAll(() => db.$disconnect());

const ANSWERS: Record<Outcome, Partial<Answers>> = {
  eligible: {},
  needs_review: { bloodThinners: "yes" },
  not_suitable: { bleedingDisorder: "yes" },
};

interface Filter {
  outcome?: Outcome;
  dateOfBirth?: string;
  from?: string;
  to?: string;
}

/** The counts as the database gives them, tab by tab: the oracle for the counts made from a search's matches. */
async function countedByDatabase(lastName: string, filter: Filter): Promise<SubmissionCounts> {
  const base: Prisma.SubmissionWhereInput = { lastName, dateOfBirth: filter.dateOfBirth, createdAt: clinicDayRange(filter.from, filter.to) };
  const count = (where: Prisma.SubmissionWhereInput) => db.submission.count({ where: { ...base, ...where } });
  const byStatus = await Promise.all(REVIEW_STATUSES.map((status) => count({ outcome: filter.outcome, reviewStatus: status })));
  return {
    toReview: await count({ outcome: "needs_review", reviewStatus: { in: [...UNDECIDED] } }),
    all: await count({ outcome: filter.outcome, reviewStatus: { not: "withdrawn" } }),
    ...(Object.fromEntries(REVIEW_STATUSES.map((status, index) => [status, byStatus[index]])) as Record<ReviewStatus, number>),
  };
}

describe("the tab counts under a search with few matches", () => {
  it("count what the database counts, tab by tab, under every other filter too", async () => {
    // Fifteen patients named Tallyworth: every outcome in every status, over three days, two birthdays.
    const days = ["2026-09-01T10:00:00Z", "2026-09-02T10:00:00Z", "2026-09-03T23:30:00Z"];
    let n = 0;
    for (const outcome of Object.keys(ANSWERS) as Outcome[]) {
      for (const status of REVIEW_STATUSES) {
        const patient = { lastName: "Tallyworth", dateOfBirth: n % 2 === 0 ? "1980-02-02" : "1991-03-03" };
        const { id } = await createSubmission(db, { intake: intakeWith({ answers: ANSWERS[outcome], patient }), policy: defaultPolicy, now: new Date(days[n % 3]!) });
        await db.submission.update({ where: { id }, data: { reviewStatus: status } });
        n += 1;
      }
    }
    // Someone else, who must not be counted.
    await createSubmission(db, { intake: intakeWith({ patient: { lastName: "Talbot" } }), policy: defaultPolicy, now: new Date(days[0]!) });

    const filters: Filter[] = [{}, { outcome: "needs_review" }, { outcome: "eligible" }, { dateOfBirth: "1980-02-02" }, { from: "2026-09-02", to: "2026-09-03" }, { to: "2026-09-01" }];
    for (const filter of filters) {
      const counts = await countSubmissions(db, { q: "tallyw", ...filter });
      expect(counts, JSON.stringify(filter)).toEqual(await countedByDatabase("Tallyworth", filter));
    }
    // To review: needs_review, new or in review (awaiting information waits on someone else).
    expect(await countSubmissions(db, { q: "tallyworth" })).toMatchObject({ all: 12, withdrawn: 3, toReview: 2 });
  });
});
