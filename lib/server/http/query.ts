import "server-only";
import { z } from "zod";
import { toFieldIssues } from "@/lib/questionnaire";
import { ApiError } from "./api-error";

export const dateParam = z.iso.date({ message: "Use a date like 2026-11-22" });

/**
 * Parses query parameters with a zod schema, treating empty ones as absent (an empty
 * filter box), and throws a 400 naming each bad parameter.
 */
export function parseQuery<T extends z.ZodType>(
  schema: T,
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): z.output<T> {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  const present = entries.flatMap(([key, value]) => {
    const single = Array.isArray(value) ? value[0] : value;
    return single ? [[key, single] as const] : [];
  });
  const parsed = schema.safeParse(Object.fromEntries(present));
  if (!parsed.success) throw new ApiError("invalid_request", toFieldIssues(parsed.error));
  return parsed.data;
}

const DAY = 24 * 60 * 60 * 1000;

/** A Prisma date filter for whole UTC days from `from` to `to`, both included. */
export function utcDayRange(from: string | undefined, to: string | undefined): { gte?: Date; lt?: Date } {
  return {
    ...(from ? { gte: new Date(`${from}T00:00:00Z`) } : {}),
    ...(to ? { lt: new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY) } : {}),
  };
}
