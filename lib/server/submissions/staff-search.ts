import "server-only";
import { randomBytes } from "node:crypto";
import type { SearchParams } from "@/lib/search-params";
import type { Actor } from "@/lib/staff/types";
import type { Database } from "@/lib/server/db/client";
import { isValidText } from "@/lib/server/http/malformed-text";

// Staff search by a patient's name, email, reference or date of birth without putting any of
// them in a URL (browser history, prefetches, export links, proxy logs): the search form
// posts them, the server keeps them here, and the URL carries only a random id that works
// for the staff member who searched, for a day.

/** The search fields that hold patient data; the other filters may stay in the URL. */
export const PATIENT_SEARCH_FIELDS = ["q", "dateOfBirth"] as const;
export type PatientSearch = Record<(typeof PATIENT_SEARCH_FIELDS)[number], string>;

const LIFETIME_MS = 24 * 60 * 60_000;
/** Longer than any valid value, so what was typed comes back to be corrected, not the whole of anything sent. */
const MAX_STORED_LENGTH = 200;

/** The ids `saveStaffSearch` makes: 16 random bytes in base64url. */
const SEARCH_ID = /^[A-Za-z0-9_-]{22}$/;

/** What was typed, cut to a storable length at a whole character; text that is not valid (U+0000) is dropped. */
const storable = (text: string) => (isValidText(text) ? Array.from(text).slice(0, MAX_STORED_LENGTH).join("") : "");

/** Keeps a search and returns its id, or undefined when there is nothing to keep. */
export async function saveStaffSearch(db: Database, actor: Actor, typed: PatientSearch, now = new Date()): Promise<string | undefined> {
  const search = { q: storable(typed.q), dateOfBirth: storable(typed.dateOfBirth) };
  if (search.q === "" && search.dateOfBirth === "") return undefined;
  const id = randomBytes(16).toString("base64url");
  await db.$transaction([
    db.staffSearch.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - LIFETIME_MS) } } }),
    db.staffSearch.create({
      data: { id, userId: actor.id, ...search, createdAt: now },
    }),
  ]);
  return id;
}

/** The search `id` names, if it is this staff member's and less than a day old. */
async function readStaffSearch(db: Database, actor: Actor, id: string, now: Date): Promise<PatientSearch | null> {
  const row = await db.staffSearch.findUnique({ where: { id } });
  if (!row || row.userId !== actor.id || row.createdAt.getTime() < now.getTime() - LIFETIME_MS) return null;
  return { q: row.q ?? "", dateOfBirth: row.dateOfBirth ?? "" };
}

/**
 * A page's or an export's parameters with the saved search (`search=<id>`) put back in
 * place of its id, for the filters to validate as if typed. `expired` when the id names no
 * search this staff member may use (more than a day old, or someone else's).
 */
export async function withSavedSearch(
  db: Database,
  actor: Actor,
  params: SearchParams,
  now = new Date(),
): Promise<{ params: SearchParams; searchId: string | undefined; expired: boolean }> {
  const { search, ...rest } = params;
  const searchId = (Array.isArray(search) ? search[0] : search) || undefined;
  // Patient details typed into a URL by hand are ignored: only the saved search counts.
  for (const field of PATIENT_SEARCH_FIELDS) delete rest[field];
  if (searchId === undefined) return { params: rest, searchId, expired: false };
  const saved = SEARCH_ID.test(searchId) ? await readStaffSearch(db, actor, searchId, now) : null;
  return saved ? { params: { ...rest, ...saved }, searchId, expired: false } : { params: rest, searchId: undefined, expired: true };
}
