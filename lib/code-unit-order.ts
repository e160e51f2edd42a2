/**
 * Compares strings by their UTF-16 code units: the same order on every machine, whatever its
 * locale (`localeCompare` is not), for anything that must sort identically everywhere, such as
 * canonical JSON or the order in which two app servers take database locks.
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
