import "server-only";
import { z } from "zod";

/** A `YYYY-MM-DD` query parameter. */
export const dateParam = z.iso.date({ message: "Use a date like 2026-11-22" });
