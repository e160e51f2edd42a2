import { afterAll, describe, expect, it } from "vitest";
import type { Answers } from "@/lib/questionnaire";
import { defaultPolicy } from "@/lib/screening";
import { COUNT_LIMIT, UNDECIDED } from "@/lib/submissions/queue-tabs";
import type { SubmissionCounts, SubmissionFilter } from "@/lib/submissions/types";
import { REVIEW_STATUSES, type Outcome, type ReviewStatus } from "@/lib/vocabulary";
import { getDatabase, type Prisma } from "@/lib/server/db/client";
import { clinicDayRange } from "@/lib/server/db/day-range";
import { createSubmission } from "@/lib/server/submissions/create-submission";
import { countSubmissions, listSubmissions } from "@/lib/server/submissions/list-submissions";
import { MATCHES_BY_ID, searchText } from "@/lib/server/submissions/search";
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
      // The page passes the list's own status too: each tab counts its own, whatever it is.
      const counts = await countSubmissions(db, { q: "tallyw", status: ["decided"], ...filter });
      expect(counts, JSON.stringify(filter)).toEqual(await countedByDatabase("Tallyworth", filter));
    }
    // To review: needs_review, new or in review (awaiting information waits on someone else).
    expect(await countSubmissions(db, { q: "tallyworth" })).toMatchObject({ all: 12, withdrawn: 3, toReview: 2 });
  });
});

describe(`a search at the edge of ${MATCHES_BY_ID} matches`, () => {
  it("lists the same pages through the cursor whether its matches go by id or its ranges stay in the query", async () => {
    expect(MATCHES_BY_ID).toBeLessThan(COUNT_LIMIT);
    // MATCHES_BY_ID patients named Edgewaterone (listed by id), and one Edgewatertwo: "edgewater"
    // then matches one too many (its ranges stay in the query). Statuses, outcomes and birthdays vary.
    const start = Date.parse("2026-08-01T08:00:00Z");
    for (let n = 0; n <= MATCHES_BY_ID; n++) {
      const patient = { lastName: n === MATCHES_BY_ID ? "Edgewatertwo" : "Edgewaterone", dateOfBirth: n % 5 === 0 ? "1975-06-06" : "1988-08-08" };
      const intake = intakeWith({ answers: ANSWERS[n % 4 === 0 ? "needs_review" : "eligible"], patient });
      const { id } = await createSubmission(db, { intake, policy: defaultPolicy, now: new Date(start + n * 17 * 60_000) });
      if (n % 3 === 0 || n % 7 === 0) await db.submission.update({ where: { id }, data: { reviewStatus: n % 3 === 0 ? "decided" : "withdrawn" } });
    }
    const filters: Omit<SubmissionFilter, "limit" | "q">[] = [
      { order: "newest" },
      { order: "queue", status: ["new"] },
      { order: "newest", outcome: "needs_review", dateOfBirth: "1975-06-06" },
      { order: "newest", status: ["withdrawn", "decided"], from: "2026-08-03", to: "2026-08-06" },
    ];
    expect(await searchText(db, "edgewaterone")).toHaveProperty("matches");
    expect(await searchText(db, "edgewater")).toHaveProperty("ranges");
    for (const [q, lastName] of [["edgewaterone", { equals: "Edgewaterone" }], ["edgewater", { startsWith: "Edgewater" }]] as const) {
      for (const filter of filters) {
        const listed: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await listSubmissions(db, { ...filter, q, limit: 100, cursor });
          listed.push(...page.items.map((item) => item.id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor !== undefined);
        const direction = filter.order === "queue" ? "asc" : "desc";
        const expected = await db.submission.findMany({
          where: {
            lastName,
            outcome: filter.outcome,
            dateOfBirth: filter.dateOfBirth,
            createdAt: clinicDayRange(filter.from, filter.to),
            reviewStatus: filter.status ? { in: filter.status } : { not: "withdrawn" },
          },
          orderBy: [{ createdAt: direction }, { id: direction }],
          select: { id: true },
        });
        expect(listed, `${q} ${JSON.stringify(filter)}`).toEqual(expected.map(({ id }) => id));
        expect(listed.length).toBeGreaterThan(0);
      }
    }
  }, 120_000);
});
