import { z } from "zod";
import { CONTACT_RESULTS } from "@/lib/vocabulary";

/** The longest note on a contact attempt: a line for the next person who calls, not a record. */
export const CONTACT_NOTE_MAX_LENGTH = 500;

/** One attempt to reach a patient: what came of it and an optional note. The form and the server both use it. */
export const contactAttemptSchema = z.strictObject({
  result: z.enum(CONTACT_RESULTS, { message: "Choose what came of the attempt" }),
  note: z
    .string({ message: "Write the note as text" })
    .trim()
    .max(CONTACT_NOTE_MAX_LENGTH, { message: `Use ${CONTACT_NOTE_MAX_LENGTH} characters or fewer` })
    .optional(),
});
export type ContactAttemptInput = z.output<typeof contactAttemptSchema>;
