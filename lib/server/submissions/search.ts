import "server-only";
import { cache } from "react";
import { providerOf, type Database, type Prisma } from "@/lib/server/db/client";

/** Search text as it is stored and compared: one space between words, lower case. */
function searchKey(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * The keys a submission is found by, stored with it: its full name from either end (so
 * that "ada lov" and "lovelace" both find Ada Lovelace) and its email.
 */
export function searchKeys(patient: { firstName: string; lastName: string; email: string }) {
  return {
    nameSearch: searchKey(`${patient.firstName} ${patient.lastName}`),
    surnameSearch: searchKey(`${patient.lastName} ${patient.firstName}`),
    emailSearch: searchKey(patient.email),
  };
}

/** A whole reference as the front desk may type it: MN-7K3P-9Q, mn7k3p9q or "MN 7K3P 9Q". */
const REFERENCE = /^MN[\s-]?([0-9A-Z]{4})[\s-]?([0-9A-Z]{2})$/i;

/** A whole reference as staff may type it, in its stored form (`MN-7K3P-9Q`); otherwise undefined. */
export function typedReference(text: string): string | undefined {
  const match = REFERENCE.exec(text.trim());
  return match ? `MN-${match[1]}-${match[2]}`.toUpperCase() : undefined;
}

/** Every string that starts with this one sorts below it followed by the highest code point. */
const AFTER_EVERY_CHARACTER = "\u{10FFFF}";

/**
 * A search matching more submissions than this keeps its ranges in each query (see
 * `searchText`). Below SQLite's 999 bound values per statement in Prisma, with room for the
 * list's other filters, its cursor and its limit: past it, Prisma would split the list into
 * statements whose rows it joins, each with its own order and limit.
 */
export const MATCHES_BY_ID = 900;

/** What the tab counts need of each match, read with it. */
const MATCH_FIELDS = { id: true, createdAt: true, reviewStatus: true, outcome: true, dateOfBirth: true } as const;
export type Match = Prisma.SubmissionGetPayload<{ select: typeof MATCH_FIELDS }>;

/** What a search's text selects: its few matches, or the ranges of its many. */
export type SearchText = { matches: Match[] } | { ranges: Prisma.SubmissionWhereInput };

/**
 * What staff search for: a whole reference, found by its unique index; otherwise the start
 * of a first name, a last name, a full name or an email, each found by its own index. On
 * SQLite a prefix is written as a range (`>= q AND < q + U+10FFFF`), which its byte-ordered
 * index serves, where `LIKE 'q%'` is not; PostgreSQL serves `LIKE 'q%'` as a range of its
 * character-by-character (text_pattern_ops) indexes, where `>=` and `<` would follow the
 * database's collation rather than the characters.
 *
 * Each range is read on its own first, and a search that matches at most `MATCHES_BY_ID`
 * submissions is answered with those matches: the list then reads them by id, and the tab
 * counts need no other query.
 * Left in a query beside a status and an order, the ranges lose to the status index whenever
 * the planner misjudges them (SQLite, with or without statistics, counted a tab under a full
 * name by reading all 73,000 decided rows: 250 ms). A search that matches more (a single
 * letter) keeps its ranges in the query, where walking the status or date index until the
 * page or the count is full is the faster plan.
 *
 * The staff page lists and counts under the same search at once: within one render, React's
 * cache reads the ranges once for both. Elsewhere (an API route, a test) each call reads them.
 */
export const searchText = cache(lookUp);

async function lookUp(db: Database, q: string): Promise<SearchText> {
  const reference = typedReference(q);
  if (reference !== undefined) {
    const found = await db.submission.findUnique({ where: { reference }, select: MATCH_FIELDS });
    return { matches: found ? [found] : [] };
  }
  const key = searchKey(q);
  const prefix = providerOf(db) === "sqlite" ? { gte: key, lt: key + AFTER_EVERY_CHARACTER } : { startsWith: key };
  const columns = ["nameSearch", "surnameSearch", "emailSearch"] as const;
  // With a limit and no order, Prisma orders by id. SQLite may then walk the primary key
  // through every row instead of reading the range, so it reads the range in its index's own
  // order. PostgreSQL's column order follows the collation, which the text_pattern_ops index
  // does not give; its statistics choose well between the range and the primary key.
  const inIndexOrder = providerOf(db) === "sqlite";
  const found = await Promise.all(
    columns.map((column) =>
      db.submission.findMany({
        where: { [column]: prefix },
        ...(inIndexOrder ? { orderBy: { [column]: "asc" } } : {}),
        select: MATCH_FIELDS,
        take: MATCHES_BY_ID + 1,
      }),
    ),
  );
  // A name can match from both ends ("lee" finds Lee Smith and Amy Lee): each match once.
  const matches = [...new Map(found.flat().map((match) => [match.id, match])).values()];
  return matches.length <= MATCHES_BY_ID ? { matches } : { ranges: { OR: columns.map((column) => ({ [column]: prefix })) } };
}
