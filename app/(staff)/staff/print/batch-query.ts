import "server-only";
import { z } from "zod";
import { dateParam } from "@/lib/server/http/query-params";

/** The most summaries one batch prints (one sheet or two each). */
export const MAX_BATCH = 50;

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** `ids=<id>,<id>,...` in the order given, without repeats. */
const idList = z
  .string()
  .transform((value) => [...new Set(value.split(",").map((id) => id.trim()).filter((id) => id !== ""))])
  .pipe(
    z
      .array(z.string().regex(ID, { message: "Use submission ids separated by commas" }))
      .min(1, { message: "Choose at least one submission" })
      .max(MAX_BATCH, { message: `Print at most ${MAX_BATCH} submissions at a time` }),
  );

/**
 * The batch print's query: either `ids` (the front desk's selection: ids only, never
 * patient data) or `date` (every submission of that UTC day).
 */
export const batchQuerySchema = z
  .strictObject({ ids: idList.optional(), date: dateParam.optional() })
  .refine((query) => (query.ids === undefined) !== (query.date === undefined), {
    message: "Give either ids or a date, not both",
    path: ["ids"],
  });
