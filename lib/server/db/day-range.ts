import "server-only";

const DAY = 24 * 60 * 60 * 1000;

/** A Prisma date filter for whole UTC days from `from` to `to`, both included. */
export function utcDayRange(from: string | undefined, to: string | undefined): { gte?: Date; lt?: Date } {
  return {
    ...(from ? { gte: new Date(`${from}T00:00:00Z`) } : {}),
    ...(to ? { lt: new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY) } : {}),
  };
}
