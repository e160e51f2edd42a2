import "server-only";
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
 * What staff search for: a whole reference, found by its unique index; otherwise the start
 * of a first name, a last name, a full name or an email, each found by its own index. On
 * SQLite a prefix is written as a range (`>= q AND < q + U+10FFFF`), which its byte-ordered
 * index serves, where `LIKE 'q%'` is not; PostgreSQL serves `LIKE 'q%'` as a range of its
 * character-by-character (text_pattern_ops) indexes, where `>=` and `<` would follow the
 * database's collation rather than the characters.
 */
export function searchCondition(db: Database, q: string): Prisma.SubmissionWhereInput {
  const reference = typedReference(q);
  if (reference !== undefined) return { reference };
  const key = searchKey(q);
  const prefix = providerOf(db) === "sqlite" ? { gte: key, lt: key + AFTER_EVERY_CHARACTER } : { startsWith: key };
  return { OR: [{ nameSearch: prefix }, { surnameSearch: prefix }, { emailSearch: prefix }] };
}
