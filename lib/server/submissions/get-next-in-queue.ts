import "server-only";
import type { Actor } from "@/lib/staff/types";
import { QUEUE_TABS, queueTab, queueTabsFor, tabFilter } from "@/lib/submissions/queue-tabs";
import type { Database } from "@/lib/server/db/client";
import { encodeCursor } from "@/lib/server/db/keyset-cursor";
import { AppError } from "@/lib/server/errors";
import { listSubmissions } from "./list-submissions";

/**
 * The case to open after `currentId` in the queue tab `tabId` (the actor's tabs only; "To
 * review" when it names none), or null when the tab holds no other. In a waiting tab, listed
 * oldest first, it is the oldest case other than the current one (one not yet opened before
 * an opened one), which a decision has usually just moved out of the tab; in a tab listed
 * newest first, the one after the current in that order. Reads only; `not_found` when there
 * is no such submission.
 */
export async function getNextInQueue(
  db: Database,
  actor: Actor,
  input: { tabId: string | undefined; currentId: string },
): Promise<{ id: string; reference: string } | null> {
  const tab = queueTab(input.tabId, queueTabsFor(actor.role));
  const current = await db.submission.findUnique({ where: { id: input.currentId }, select: { id: true, createdAt: true } });
  if (!current) throw new AppError("not_found");
  const cursor = tab.filter.order === "newest" ? encodeCursor(current.createdAt, current.id) : undefined;
  const filter = tabFilter(tab, { order: tab.filter.order, cursor, limit: 2 });
  // "To review" holds new and opened cases: one nobody has opened comes first, as an opened
  // one may be on a colleague's screen, and two clinicians would meet on it.
  const unopenedFirst = tab === QUEUE_TABS[0] ? [{ ...filter, status: ["new" as const] }] : [];
  for (const each of [...unopenedFirst, filter]) {
    const { items } = await listSubmissions(db, each);
    const next = items.find((item) => item.id !== current.id);
    if (next) return { id: next.id, reference: next.reference };
  }
  return null;
}
