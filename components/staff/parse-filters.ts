import "server-only";
import type { z } from "zod";
import type { FieldIssue } from "@/lib/questionnaire";
import { ApiError } from "@/lib/server/http/api-error";
import { parseQuery } from "@/lib/server/http/query";
import type { SearchParams } from "./search-params";

/**
 * A page's filters parsed by the same schema as the JSON endpoint. A bad value is the
 * staff member's typing, not a crash: its issues come back for the form to show.
 */
export function parseFilters<T extends z.ZodType>(
  schema: T,
  params: SearchParams,
): { ok: true; query: z.output<T> } | { ok: false; issues: FieldIssue[] } {
  try {
    return { ok: true, query: parseQuery(schema, params) };
  } catch (error) {
    if (error instanceof ApiError && error.issues !== undefined) return { ok: false, issues: error.issues };
    throw error;
  }
}
