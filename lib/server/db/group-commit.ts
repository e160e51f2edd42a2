import "server-only";
import DataLoader from "dataloader";

/**
 * Gathers the writes that requests make in the same turn of the event loop into one batch:
 * `write` gets them all and answers each, in order, with its value or an Error.
 *
 * Requests that arrive together (a clinic's busy hour, a burst of patients) reach their write
 * within one turn, so they share one statement and one commit. On SQLite each commit waits for
 * its fsync with the whole process blocked (better-sqlite3 is synchronous, and `synchronous`
 * is FULL), and every statement pays its own round through the driver: a batch pays each once.
 * Every caller still waits for the commit that holds its own write, so nothing is answered
 * before it is durable. A lone request waits one turn of the loop, microseconds.
 */
export function groupCommit<K, V>(write: (batch: readonly K[]) => Promise<readonly (V | Error)[]>, maxBatchSize: number): DataLoader<K, V> {
  return new DataLoader(write, { cache: false, maxBatchSize, batchScheduleFn: (dispatch) => setImmediate(dispatch) });
}
